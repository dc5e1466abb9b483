package echanges.procurement;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;
import echanges.platform.Tags;
import echanges.platform.Tx;
import echanges.platform.Viewer;
import echanges.procurement.ProcurementException.ChallengeNotFound;
import echanges.procurement.ProcurementException.NotAnOfficer;
import echanges.procurement.ProcurementException.PublicBodyNotFound;
import echanges.procurement.award.SeededDraw;
import echanges.procurement.calendar.ClosingDateRules;
import echanges.procurement.calendar.ClosingShift;
import echanges.procurement.lifecycle.ChallengeLifecycle;
import echanges.procurement.lifecycle.Step;
import echanges.procurement.rules.Jurisdictions;
import echanges.procurement.rules.Notice;
import echanges.procurement.rules.ProcurementSettings;

/**
 * The procurement module's API for challenges. Each write checks the rules before it changes
 * anything, commits the change with its search outbox entry, then publishes its event.
 */
public class Challenges implements SearchDocumentSource {

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final Jurisdictions jurisdictions;
    private final ChallengeRepository repository;
    private final AuditRepository audit;
    private final ClosingDateRules closingRules = ClosingDateRules.quebec();

    public Challenges(Graph graph, Clock clock, EventBus events, Jurisdictions jurisdictions) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.jurisdictions = jurisdictions;
        this.repository = new ChallengeRepository(graph);
        this.audit = new AuditRepository(graph);
    }

    /** Drafts a challenge for a public body the viewer is an officer of. */
    public Challenge draft(ChallengeDraft draft, Viewer viewer) {
        viewer.requirePerson();
        if (!viewer.isOfficerOf(draft.bodyId())) throw new NotAnOfficer(draft.bodyId());
        List<String> tags = Tags.normalise(draft.tags());
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        graph.write(tx -> {
            String jurisdiction = repository.jurisdictionOf(tx, draft.bodyId()).orElseThrow(() -> new PublicBodyNotFound(draft.bodyId()));
            ProcurementSettings settings = jurisdictions.of(jurisdiction);
            new Notice(draft.title(), draft.description(), draft.budgetCeiling(), draft.closesAt()).checkDraft(settings, now);
            repository.create(tx, id, draft, settings.currency(), now);
            Tags.replace(tx, id, tags);
            Outbox.changed(tx, ChallengeRepository.SEARCH_TYPE, id);
            return null;
        });
        return visible(id, viewer);
    }

    /** Changes a draft; a published challenge changes only through addenda. */
    public Challenge update(ChallengeChanges changes, Viewer viewer) {
        viewer.requirePerson();
        List<String> tags = changes.tags() == null ? null : Tags.normalise(changes.tags());
        Instant now = clock.instant();
        graph.write(tx -> {
            ChallengeRepository.Locked locked = editable(tx, changes.challengeId(), viewer);
            Challenge c = locked.challenge();
            if (c.status() != ChallengeStatus.DRAFT)
                throw new ProcurementException.WrongStatus("only a draft can be edited; this challenge is " + c.status() + " (changes after publication are addenda)");
            ChallengeTerms terms = locked.terms().with(changes.terms());
            Challenge changed = new Challenge(c.id(), c.bodyId(),
                    changes.title() != null ? changes.title() : c.title(),
                    changes.description() != null ? changes.description() : c.description(),
                    changes.language() != null ? changes.language() : c.language(), c.status(),
                    changes.budgetCeiling() != null ? changes.budgetCeiling() : c.budgetCeiling(), c.currency(),
                    changes.closesAt() != null ? changes.closesAt() : c.closesAt(), c.publishedAt(), c.createdAt());
            notice(changed).checkDraft(jurisdictions.of(locked.jurisdiction()), now);
            repository.update(tx, changed, terms, now);
            if (tags != null) Tags.replace(tx, c.id(), tags);
            Outbox.changed(tx, ChallengeRepository.SEARCH_TYPE, c.id());
            return null;
        });
        return visible(changes.challengeId(), viewer);
    }

    /** Publishes a draft once its notice satisfies the rules at this instant. */
    public Challenge publish(String challengeId, Viewer viewer) {
        viewer.requirePerson();
        Instant now = clock.instant();
        Challenge published = graph.write(tx -> {
            ChallengeRepository.Locked locked = editable(tx, challengeId, viewer);
            Challenge c = locked.challenge();
            ChallengeLifecycle.next(c.status(), Step.PUBLISH);
            notice(c).checkPublication(jurisdictions.of(locked.jurisdiction()), now);
            locked.terms().checkPublication();
            String seed = SeededDraw.newSeed();
            repository.publish(tx, challengeId, now, seed, SeededDraw.commitment(seed));
            AuditRepository.append(tx, challengeId, "PUBLISHED", viewer.personId(),
                    "closes at " + c.closesAt() + "; draw commitment " + SeededDraw.commitment(seed), now);
            Outbox.changed(tx, ChallengeRepository.SEARCH_TYPE, challengeId);
            return c;
        });
        events.publish(new ChallengePublished(challengeId, published.bodyId()));
        return visible(challengeId, viewer);
    }

    /**
     * Publishes an addendum to an open challenge (s. 9): numbered and kept; the closing moves when
     * the addendum affects prices with less than 7 days left, or comes 3 days or less before
     * closing; everyone following the challenge is told.
     */
    public Addendum publishAddendum(String challengeId, String text, boolean affectsPrices, @Nullable String newDescription, Viewer viewer) {
        Instant now = clock.instant();
        AddendumPublished published = graph.write(tx -> addAddendum(tx, challengeId, text, affectsPrices, newDescription, viewer, now));
        events.publish(published);
        return addenda(List.of(challengeId)).get(challengeId).get(published.number() - 1);
    }

    /**
     * Adds an addendum in the caller's transaction, so that another module's write and the addendum
     * it causes (an answer that changes the requirements) commit together; returns the event for the
     * caller to publish once committed.
     */
    public AddendumPublished addAddendum(Tx tx, String challengeId, String text, boolean affectsPrices, @Nullable String newDescription,
            Viewer viewer, Instant now) {
        viewer.requirePerson();
        if (text.isBlank() || text.length() > Notice.MAX_DESCRIPTION)
            throw new ProcurementException.InvalidNotice("an addendum says what changes, in 1 to " + Notice.MAX_DESCRIPTION + " characters");
        if (newDescription != null && (newDescription.isBlank() || newDescription.length() > Notice.MAX_DESCRIPTION))
            throw new ProcurementException.InvalidNotice("a description of the need (s. 4) has 1 to " + Notice.MAX_DESCRIPTION + " characters");
        Challenge c = editable(tx, challengeId, viewer).challenge();
        if (c.status() != ChallengeStatus.PUBLISHED)
            throw new ProcurementException.WrongStatus("an addendum changes an open challenge; this one is " + c.status());
        ClosingShift shift = closingRules.afterAddendum(c.closesAt(), now, affectsPrices);
        int number = repository.addAddendum(tx, challengeId, text.strip(), affectsPrices, newDescription, shift.closesAt(), shift.reason(), now);
        AuditRepository.append(tx, challengeId, "ADDENDUM", viewer.personId(),
                "addendum " + number + (affectsPrices ? ", affecting prices" : "") + "; closes at " + shift.closesAt(), now);
        Outbox.changed(tx, ChallengeRepository.SEARCH_TYPE, challengeId);
        return new AddendumPublished(challengeId, c.bodyId(), number);
    }

    /** The jurisdiction of a public body, whose settings apply to its challenges; the defaults' key when unknown. */
    public String jurisdictionOf(String bodyId) {
        return graph.read(tx -> repository.jurisdictionOf(tx, bodyId)).orElse("");
    }

    /**
     * Appends the body's official answer to a clarification question to the challenge's audit trail,
     * in the forum's transaction that writes the answer, so that both exist or neither.
     */
    public static void recordAnswer(Tx tx, String challengeId, String officerId, String questionThreadId, Instant at) {
        AuditRepository.append(tx, challengeId, "ANSWERED", officerId, "official answer to question " + questionThreadId + " (s. 9)", at);
    }

    /** Each challenge's audit trail, oldest first, in one round trip; public like the challenge itself. */
    public Map<String, List<echanges.procurement.audit.AuditEntry>> auditTrails(Collection<String> challengeIds) {
        return audit.trails(challengeIds);
    }

    /** The addenda of each challenge, oldest first, in one round trip; addenda are public like the notice. */
    public Map<String, List<Addendum>> addenda(Collection<String> challengeIds) {
        return repository.addenda(challengeIds);
    }

    /** The body withdraws its open call before closing; nothing has been opened, so nothing is lost. */
    public Challenge withdraw(String challengeId, Viewer viewer) {
        return move(challengeId, Step.WITHDRAW, viewer, ChallengeWithdrawn::new);
    }

    /** The body cancels a closed call before awarding: it is not bound to accept any proposal (s. 4). */
    public Challenge cancel(String challengeId, Viewer viewer) {
        return move(challengeId, Step.CANCEL, viewer, ChallengeCancelled::new);
    }

    /**
     * Closes every open challenge whose closing time has come. Safe to run again and on several
     * nodes at once: a challenge closes once. Returns how many it closed.
     */
    public int closeDue() {
        Instant now = clock.instant();
        List<Map.Entry<String, String>> closed = graph.write(tx -> {
            List<Map.Entry<String, String>> due = repository.closeDue(tx, now);
            due.forEach(c -> {
                Outbox.changed(tx, ChallengeRepository.SEARCH_TYPE, c.getKey());
                AuditRepository.append(tx, c.getKey(), "CLOSED", null, "closing time reached", now);
            });
            return due;
        });
        closed.forEach(c -> events.publish(new ChallengeClosed(c.getKey(), c.getValue())));
        return closed.size();
    }

    /**
     * Announces, once each, the open challenges whose closing is less than {@code lead} away, for the
     * watchers' "closing soon" event. Safe to run again and on several nodes at once.
     */
    public int announceClosingSoon(java.time.Duration lead) {
        Instant now = clock.instant();
        List<ChallengeClosingSoon> soon = graph.write(tx -> repository.closingSoon(tx, now, now.plus(lead)));
        soon.forEach(events::publish);
        return soon.size();
    }

    private Challenge move(String challengeId, Step step, Viewer viewer, java.util.function.BiFunction<String, String, Object> event) {
        viewer.requirePerson();
        Instant now = clock.instant();
        Challenge moved = graph.write(tx -> {
            Challenge c = editable(tx, challengeId, viewer).challenge();
            ChallengeStatus to = ChallengeLifecycle.next(c.status(), step);
            repository.move(tx, challengeId, to, now);
            AuditRepository.append(tx, challengeId, to.name(), viewer.personId(), "from " + c.status(), now);
            Outbox.changed(tx, ChallengeRepository.SEARCH_TYPE, challengeId);
            return c;
        });
        events.publish(event.apply(challengeId, moved.bodyId()));
        return visible(challengeId, viewer);
    }

    /**
     * Records a challenge that ran before this platform, in whatever state it reached (demo data,
     * imports). The budget ceiling still applies; dates are taken as given.
     */
    public void loadExisting(Challenge challenge, List<String> tags) {
        loadExisting(challenge, tags, ChallengeTerms.NONE);
    }

    /** As {@link #loadExisting(Challenge, List)}, with the notice's terms as recorded; a recorded award rule must be valid. */
    public void loadExisting(Challenge challenge, List<String> tags, ChallengeTerms terms) {
        ProcurementSettings settings = ProcurementSettings.DEFAULTS;
        new Notice(challenge.title(), challenge.description(), challenge.budgetCeiling(), challenge.closesAt())
                .checkDraft(settings, challenge.createdAt());
        if (terms.awardRule() != null) terms.awardRule().validate();
        List<String> normalised = Tags.normalise(tags);
        graph.write(tx -> {
            repository.loadExisting(tx, challenge, terms);
            if (challenge.status() != ChallengeStatus.DRAFT) {
                // Committed on recording: the draw stays verifiable for whatever is decided here later.
                String seed = SeededDraw.newSeed();
                repository.commitDraw(tx, challenge.id(), seed, SeededDraw.commitment(seed));
                // Its publication starts its trail (and its open data) like any published here.
                Instant publishedAt = challenge.publishedAt() == null ? challenge.createdAt() : challenge.publishedAt();
                AuditRepository.append(tx, challenge.id(), "PUBLISHED", null,
                        "recorded as published elsewhere at " + publishedAt + "; draw commitment " + SeededDraw.commitment(seed), publishedAt);
            }
            Tags.replace(tx, challenge.id(), normalised);
            Outbox.changed(tx, ChallengeRepository.SEARCH_TYPE, challenge.id());
            return null;
        });
    }

    public Connection<Challenge> page(ChallengeFilter filter, PageRequest page, Viewer viewer) {
        return repository.page(filter, page, viewer);
    }

    /** The challenges the viewer may see among {@code ids}, by id, in one round trip. */
    public Map<String, Challenge> byIds(Collection<String> ids, Viewer viewer) {
        return repository.byIds(ids, viewer).stream().collect(Collectors.toMap(Challenge::id, Function.identity()));
    }

    /**
     * The notice terms of these challenges, in one round trip; for challenges already read with
     * the viewer's rights (the GraphQL field of a challenge the viewer was shown).
     */
    public Map<String, ChallengeTerms> termsOf(Collection<String> challengeIds) {
        return repository.terms(challengeIds);
    }

    /** A page of each body's challenges, in one round trip. */
    public Map<String, Connection<Challenge>> ofBodies(Collection<String> bodyIds, PageRequest page, Viewer viewer) {
        return repository.ofBodies(bodyIds, page, viewer);
    }

    @Override
    public String type() {
        return ChallengeRepository.SEARCH_TYPE;
    }

    @Override
    public List<SearchDocument> load(Collection<String> ids) {
        return repository.documents(ids);
    }

    @Override
    public List<String> allIds() {
        return repository.publicIds();
    }

    private ChallengeRepository.Locked editable(Tx tx, String challengeId, Viewer viewer) {
        ChallengeRepository.Locked locked = repository.lock(tx, challengeId).orElseThrow(() -> new ChallengeNotFound(challengeId));
        String bodyId = locked.challenge().bodyId();
        if (!viewer.isOfficerOf(bodyId)) {
            if (locked.challenge().status() == ChallengeStatus.DRAFT) throw new ChallengeNotFound(challengeId);
            throw new NotAnOfficer(bodyId);
        }
        return locked;
    }

    private Challenge visible(String id, Viewer viewer) {
        Challenge challenge = byIds(List.of(id), viewer).get(id);
        if (challenge == null) throw new ChallengeNotFound(id);
        return challenge;
    }

    private static Notice notice(Challenge c) {
        return new Notice(c.title(), c.description(), c.budgetCeiling(), c.closesAt());
    }
}
