package echanges.api.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import echanges.accounts.Accounts;
import echanges.accounts.MembershipRole;
import echanges.accounts.Person;
import echanges.accounts.Registration;
import echanges.accounts.SupplierKind;
import echanges.catalogue.Component;
import echanges.catalogue.Components;
import echanges.catalogue.NewComponent;
import echanges.catalogue.PublicCodeImport;
import echanges.forum.Category;
import echanges.forum.Forum;
import echanges.forum.rules.ForumSettings;
import echanges.platform.EventBus;
import echanges.platform.SteppingClock;
import echanges.platform.Graph;
import echanges.procurement.ChallengeTerms;
import echanges.procurement.award.AwardRule;
import echanges.procurement.award.Criterion;
import echanges.procurement.award.Percent;
import echanges.procurement.rules.Jurisdictions;
import echanges.forum.NewThread;
import echanges.forum.Post;
import echanges.forum.StartedThread;
import echanges.forum.Subject;
import echanges.platform.Language;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.ChallengeStatus;
import echanges.procurement.Challenges;

/**
 * Loads the demo data set ({@code demo/demo-data.json}) through the modules' own APIs, so that it
 * obeys the same rules, reaches search through the same outbox, and shows what the platform holds
 * in French and English. Dates are relative to now, so the demo never goes stale.
 */
public final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String RESOURCE = "/demo/demo-data.json";

    record DemoSet(List<BodyRow> publicBodies, List<SupplierRow> suppliers, List<PersonRow> people, List<ChallengeRow> challenges,
               List<ComponentRow> components, List<ThreadRow> threads) {
    }

    record BodyRow(String key, String name, String jurisdiction) {
    }

    record SupplierRow(String key, String name, SupplierKind kind) {
    }

    record MembershipRow(String organization, MembershipRole role) {
    }

    record PersonRow(String key, String handle, String displayName, String email, String password, List<MembershipRow> memberships,
                     boolean moderator) {
    }

    record ChallengeRow(String key, String body, String title, String description, Language language, String budgetCeiling,
                        ChallengeStatus status, int createdDaysAgo, @Nullable Integer publishedDaysAgo, int closesInDays, List<String> tags) {
    }

    /** {@code publiccode}: a publiccode.yml resource under /demo/ to import instead; {@code dependsOn}: keys of earlier components. */
    record ComponentRow(String key, String name, String description, Language language, String repositoryUrl, String licence,
                        @Nullable String deliveredFor, String createdBy, List<String> usedBy, List<String> tags,
                        @Nullable String publiccode, @Nullable List<String> dependsOn) {
    }

    record ReplyRow(String author, String body, int replyTo) {
    }

    record ThreadRow(String key, String author, @Nullable String about, String title, String body, List<String> tags, List<ReplyRow> replies) {
    }

    private final SteppingClock clock;
    private final Accounts accounts;
    private final Challenges challenges;
    private final Components components;
    private final Forum forum;

    /**
     * The modules' APIs on a clock of the demo's own, which moves a minute at each reading: people
     * register a month ago and write their posts over the last days, as a real forum grows, so the
     * posting limits of new accounts apply to the demo as they would to anyone.
     */
    public DemoData(Graph graph, EventBus events, Jurisdictions jurisdictions, ForumSettings settings) {
        this.clock = new SteppingClock(Instant.now().minus(Duration.ofDays(30)), Duration.ofMinutes(1));
        this.accounts = new Accounts(graph, clock);
        this.challenges = new Challenges(graph, clock, events, jurisdictions);
        this.components = new Components(graph, clock, challenges);
        this.forum = new Forum(graph, clock, events, challenges, components, accounts, settings);
    }

    static DemoSet read() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(in, DemoSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Loads the demo set; the caller checks that the graph is empty. */
    public void load() {
        DemoSet set = read();
        Instant now = Instant.now();
        Map<String, String> organizations = new HashMap<>();
        Map<String, String> bodyOfChallenge = new HashMap<>();
        set.publicBodies().forEach(b -> organizations.put(b.key(), accounts.createPublicBody(b.name(), b.jurisdiction()).id()));
        set.suppliers().forEach(s -> organizations.put(s.key(), accounts.createSupplier(s.name(), s.kind()).id()));

        Map<String, String> people = new HashMap<>();
        for (PersonRow p : set.people()) {
            Person person = accounts.register(new Registration(p.email(), p.password(), p.handle(), p.displayName()));
            people.put(p.key(), person.id());
            for (MembershipRow m : p.memberships()) accounts.grant(person.id(), organizations.get(m.organization()), m.role());
            if (p.moderator()) accounts.setModerator(person.id(), true);
        }

        Map<String, String> challengeIds = new HashMap<>();
        for (ChallengeRow c : set.challenges()) {
            String id = UUID.randomUUID().toString();
            String bodyId = organizations.get(c.body());
            challenges.loadExisting(new Challenge(id, bodyId, c.title(), c.description(), c.language(), c.status(),
                    new BigDecimal(c.budgetCeiling()), "CAD", now.plus(Duration.ofDays(c.closesInDays())),
                    c.publishedDaysAgo() == null ? null : now.minus(Duration.ofDays(c.publishedDaysAgo())),
                    now.minus(Duration.ofDays(c.createdDaysAgo()))), c.tags(), terms(c, set.publicBodies()));
            challengeIds.put(c.key(), id);
            bodyOfChallenge.put(id, bodyId);
        }

        Map<String, String> componentIds = new HashMap<>();
        for (ComponentRow c : set.components()) {
            String deliveredFor = c.deliveredFor() == null ? null : challengeIds.get(c.deliveredFor());
            Viewer author = viewer(people.get(c.createdBy()));
            Component component = c.publiccode() == null
                    ? components.create(new NewComponent(c.name(), c.description(), c.language(), c.repositoryUrl(), c.licence(), deliveredFor, c.tags()), author)
                    : imported(c, deliveredFor, author);
            componentIds.put(c.key(), component.id());
            for (String needed : c.dependsOn() == null ? List.<String>of() : c.dependsOn())
                components.addDependency(component.id(), componentIds.get(needed), null, author);
            for (String body : c.usedBy())
                components.declareUse(organizations.get(body), component.id(), null, officerOf(organizations.get(body), set, people, organizations));
        }

        clock.set(now.minus(Duration.ofDays(3)));
        Map<String, String> categories = forum.categories().stream().collect(java.util.stream.Collectors.toMap(Category::slug, Category::id));
        for (ThreadRow t : set.threads()) {
            Subject subject = t.about() == null ? null
                    : challengeIds.containsKey(t.about()) ? new Subject(Subject.Kind.CHALLENGE, challengeIds.get(t.about()))
                    : new Subject(Subject.Kind.COMPONENT, componentIds.get(t.about()));
            String category = categories.get(subject == null ? "community" : subject.kind() == Subject.Kind.CHALLENGE ? "challenges" : "components");
            StartedThread started = forum.start(new NewThread(t.title(), t.body(), subject, category, t.tags()), viewer(people.get(t.author())));
            List<String> posts = new ArrayList<>(List.of(started.post().id()));
            for (ReplyRow r : t.replies()) {
                Post reply = forum.reply(posts.get(r.replyTo()), r.body(), viewer(people.get(r.author())));
                posts.add(reply.id());
            }
        }
        log.info("Loaded demo data: {} public bodies, {} suppliers, {} people, {} challenges, {} components, {} threads",
                set.publicBodies().size(), set.suppliers().size(), set.people().size(), set.challenges().size(),
                set.components().size(), set.threads().size());
    }

    /** A demo component described by a publiccode.yml document of the demo set. */
    private Component imported(ComponentRow c, @Nullable String deliveredFor, Viewer author) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + c.publiccode())) {
            if (in == null) throw new IllegalStateException("/demo/" + c.publiccode() + " is missing");
            PublicCodeImport result = components.importPublicCode(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    deliveredFor, c.tags(), author);
            if (result.component() == null) throw new IllegalStateException(c.publiccode() + " is not valid: " + result.errors());
            return result.component();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /demo/" + c.publiccode(), e);
        }
    }

    /**
     * Every demo notice states its terms: a quality-price award on three bilingual criteria, except
     * the smaller challenges, awarded on price alone.
     */
    private static ChallengeTerms terms(ChallengeRow c, List<BodyRow> bodies) {
        boolean french = c.language() == Language.FR;
        AwardRule rule = new BigDecimal(c.budgetCeiling()).compareTo(new BigDecimal("30000")) < 0
                ? new AwardRule.PriceOnly()
                : new AwardRule.QualityPrice(List.of(
                        Criterion.weighted("c1", french ? "Approche technique" : "Technical approach", Percent.of(50)),
                        Criterion.weighted("c2", french ? "Expérience de l'équipe" : "Team experience", Percent.of(30)),
                        Criterion.weighted("c3", french ? "Accessibilité et réutilisation" : "Accessibility and reuse", Percent.of(20))),
                        Percent.of(20));
        String body = bodies.stream().filter(b -> b.key().equals(c.body())).findFirst().map(BodyRow::key).orElse("info");
        return new ChallengeTerms(rule, french ? "Livraison en 12 semaines après l'attribution" : "Delivery within 12 weeks of the award",
                "defis@" + body + ".demo.echanges.example");
    }

    private Viewer viewer(String personId) {
        return accounts.viewer(personId).orElseThrow();
    }

    private Viewer officerOf(String bodyId, DemoSet set, Map<String, String> people, Map<String, String> organizations) {
        return set.people().stream()
                .filter(p -> p.memberships().stream().anyMatch(m -> m.role() == MembershipRole.OFFICER && organizations.get(m.organization()).equals(bodyId)))
                .findFirst().map(p -> viewer(people.get(p.key())))
                .orElseThrow(() -> new IllegalStateException("the demo data gives the body " + bodyId + " no officer"));
    }
}
