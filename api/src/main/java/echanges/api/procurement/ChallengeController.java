package echanges.api.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.PublicBody;
import echanges.api.graphql.Batches;
import echanges.api.graphql.ChildPages;
import echanges.api.graphql.Viewers;
import echanges.catalogue.Component;
import echanges.catalogue.Components;
import echanges.forum.Forum;
import echanges.forum.Thread;
import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.GlobalId;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.Tag;
import echanges.platform.Tags;
import echanges.platform.Viewer;
import echanges.procurement.Addendum;
import echanges.procurement.Challenge;
import echanges.procurement.ChallengeChanges;
import echanges.procurement.ChallengeDraft;
import echanges.procurement.ChallengeFilter;
import echanges.procurement.ChallengePublished;
import echanges.procurement.ChallengeStatus;
import echanges.procurement.ChallengeTerms;
import echanges.procurement.Challenges;
import echanges.procurement.award.AwardRule;
import echanges.procurement.award.Criterion;
import echanges.procurement.award.Percent;
import echanges.procurement.award.Score;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Maps Challenge, its queries, mutations and the `challengePublished` subscription. */
@Controller
class ChallengeController {

    record ChallengeFilterInput(@Nullable List<ChallengeStatus> status, @Nullable String bodyId, @Nullable String tag) {
        ChallengeFilter toFilter() {
            return new ChallengeFilter(status == null || status.isEmpty() ? null : EnumSet.copyOf(status),
                    bodyId == null ? null : GlobalId.expect(bodyId, "PublicBody"), tag);
        }
    }

    record CreateChallengeInput(String bodyId, String title, String description, Language language, BigDecimal budgetCeiling,
                                Instant closesAt, @Nullable List<String> tags, @Nullable AwardRuleInput awardRule,
                                @Nullable String deliveryCalendar, @Nullable String informationContact) {
        ChallengeDraft toDraft() {
            return new ChallengeDraft(GlobalId.expect(bodyId, "PublicBody"), title, description, language, budgetCeiling, closesAt,
                    tags == null ? List.of() : tags, terms(awardRule, deliveryCalendar, informationContact));
        }
    }

    record UpdateChallengeInput(String challengeId, @Nullable String title, @Nullable String description, @Nullable Language language,
                                @Nullable BigDecimal budgetCeiling, @Nullable Instant closesAt, @Nullable List<String> tags,
                                @Nullable AwardRuleInput awardRule, @Nullable String deliveryCalendar, @Nullable String informationContact) {
        ChallengeChanges toChanges() {
            return new ChallengeChanges(GlobalId.expect(challengeId, "Challenge"), title, description, language, budgetCeiling, closesAt, tags,
                    terms(awardRule, deliveryCalendar, informationContact));
        }
    }

    record CriterionInput(String name, @Nullable BigDecimal weight, @Nullable BigDecimal acceptableLevel) {
    }

    record AwardRuleInput(AwardRuleKind kind, @Nullable List<CriterionInput> criteria, @Nullable BigDecimal k, @Nullable BigDecimal preferentialMargin) {
        /** The rule as the notice states it; its validity is checked when the challenge is published. */
        AwardRule toRule() {
            List<Criterion> list = new java.util.ArrayList<>();
            List<CriterionInput> given = criteria == null ? List.of() : criteria;
            for (int i = 0; i < given.size(); i++) {
                CriterionInput c = given.get(i);
                list.add(new Criterion("c" + (i + 1), c.name(), c.weight() == null ? Percent.ZERO : new Percent(c.weight()),
                        c.acceptableLevel() == null ? null : new Score(c.acceptableLevel())));
            }
            Percent margin = preferentialMargin == null ? Percent.ZERO : new Percent(preferentialMargin);
            return switch (kind) {
                case PRICE_ONLY -> new AwardRule.PriceOnly(margin);
                case MINIMUM_QUALITY -> new AwardRule.MinimumQuality(list, margin);
                case QUALITY_PRICE -> {
                    if (k == null) throw new echanges.platform.PlatformException.InvalidArgument("a quality-price rule states its K (Sch. 2 (9))");
                    yield new AwardRule.QualityPrice(list, new Percent(k), margin);
                }
            };
        }
    }

    enum AwardRuleKind {
        PRICE_ONLY, MINIMUM_QUALITY, QUALITY_PRICE
    }

    record AwardCriterion(String name, BigDecimal weight, @Nullable BigDecimal acceptableLevel) {
    }

    record AwardRuleSpec(AwardRuleKind kind, String section, List<AwardCriterion> criteria, @Nullable BigDecimal k, BigDecimal preferentialMargin) {
        static @Nullable AwardRuleSpec of(@Nullable AwardRule rule) {
            if (rule == null) return null;
            AwardRuleKind kind = switch (rule) {
                case AwardRule.PriceOnly p -> AwardRuleKind.PRICE_ONLY;
                case AwardRule.MinimumQuality m -> AwardRuleKind.MINIMUM_QUALITY;
                case AwardRule.QualityPrice q -> AwardRuleKind.QUALITY_PRICE;
            };
            return new AwardRuleSpec(kind, rule.section(), rule.criteria().stream().map(c -> new AwardCriterion(c.name(), c.weight().value(),
                    c.acceptableLevel() == null ? null : c.acceptableLevel().value())).toList(),
                    rule instanceof AwardRule.QualityPrice q ? q.k().value() : null, rule.preferentialMargin().value());
        }
    }

    record TermsView(@Nullable AwardRuleSpec awardRule, @Nullable String deliveryCalendar, @Nullable String informationContact,
                     boolean notBoundToAccept) {
    }

    private static ChallengeTerms terms(@Nullable AwardRuleInput rule, @Nullable String deliveryCalendar, @Nullable String informationContact) {
        return new ChallengeTerms(rule == null ? null : rule.toRule(), deliveryCalendar, informationContact);
    }

    /** The input of every mutation that takes a challenge and nothing else. */
    record PublishChallengeInput(String challengeId) {
    }

    record ChallengePayload(Challenge challenge) {
    }

    record Money(BigDecimal amount, String currency) {
    }

    private static final String THREADS = "Challenge.threads";

    private final Challenges challenges;
    private final Accounts accounts;
    private final Components components;
    private final Tags tags;
    private final EventBus events;

    ChallengeController(Challenges challenges, Accounts accounts, Components components, Forum forum, Tags tags, EventBus events,
                        BatchLoaderRegistry registry) {
        this.challenges = challenges;
        this.accounts = accounts;
        this.components = components;
        this.tags = tags;
        this.events = events;
        ChildPages.<Thread>register(registry, THREADS, forum::threadsAbout);
    }

    @QueryMapping("challenges")
    Connection<Challenge> challengeList(@Argument Integer first, @Argument String after, @Argument @Nullable ChallengeFilterInput filter,
                                        @ContextValue(Viewers.KEY) Viewer viewer) {
        return challenges.page(filter == null ? ChallengeFilter.NONE : filter.toFilter(), PageRequest.of(first, after), viewer);
    }

    @MutationMapping
    ChallengePayload createChallenge(@Argument CreateChallengeInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ChallengePayload(challenges.draft(input.toDraft(), viewer));
    }

    @MutationMapping
    ChallengePayload updateChallenge(@Argument UpdateChallengeInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ChallengePayload(challenges.update(input.toChanges(), viewer));
    }

    record PublishAddendumInput(String challengeId, String text, boolean affectsPrices, @Nullable String description) {
    }

    record PublishAddendumPayload(Addendum addendum, Challenge challenge) {
    }

    @MutationMapping
    PublishAddendumPayload publishAddendum(@Argument PublishAddendumInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        String id = GlobalId.expect(input.challengeId(), "Challenge");
        Addendum addendum = challenges.publishAddendum(id, input.text(), input.affectsPrices(), input.description(), viewer);
        return new PublishAddendumPayload(addendum, challenges.byIds(List.of(id), viewer).get(id));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, List<Addendum>> addenda(List<Challenge> batch) {
        return Batches.byKey(batch, Challenge::id, challenges.addenda(batch.stream().map(Challenge::id).toList()));
    }

    @MutationMapping
    ChallengePayload withdrawChallenge(@Argument PublishChallengeInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ChallengePayload(challenges.withdraw(GlobalId.expect(input.challengeId(), "Challenge"), viewer));
    }

    @MutationMapping
    ChallengePayload cancelChallenge(@Argument PublishChallengeInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ChallengePayload(challenges.cancel(GlobalId.expect(input.challengeId(), "Challenge"), viewer));
    }

    @MutationMapping
    ChallengePayload publishChallenge(@Argument PublishChallengeInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ChallengePayload(challenges.publish(GlobalId.expect(input.challengeId(), "Challenge"), viewer));
    }

    /** Each published challenge, read as the subscriber may see it (published challenges are public). */
    @SubscriptionMapping
    Flux<Challenge> challengePublished(@ContextValue(Viewers.KEY) Viewer viewer) {
        return events.on(ChallengePublished.class)
                .concatMap(e -> Mono.fromCallable(() -> challenges.byIds(List.of(e.challengeId()), viewer).get(e.challengeId()))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    @SchemaMapping(typeName = "Challenge")
    Money budgetCeiling(Challenge challenge) {
        return new Money(challenge.budgetCeiling(), challenge.currency());
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, PublicBody> body(List<Challenge> batch) {
        return Batches.byKey(batch, Challenge::bodyId, accounts.publicBodies(batch.stream().map(Challenge::bodyId).distinct().toList()));
    }

    @BatchMapping(typeName = "Challenge", field = "tags")
    Map<Challenge, List<Tag>> challengeTags(List<Challenge> batch) {
        return Batches.byKey(batch, Challenge::id, tags.of(batch.stream().map(Challenge::id).toList()));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, List<Component>> deliveredComponents(List<Challenge> batch) {
        return Batches.byKey(batch, Challenge::id, components.deliveredFor(batch.stream().map(Challenge::id).toList()));
    }

    /** Terms of every challenge of the batch in one round trip (after the visibility check the batch passed). */
    @BatchMapping(typeName = "Challenge")
    Map<Challenge, TermsView> terms(List<Challenge> batch) {
        Map<String, ChallengeTerms> byId = challenges.termsOf(batch.stream().map(Challenge::id).toList());
        Map<String, TermsView> views = new java.util.HashMap<>();
        byId.forEach((id, t) -> views.put(id, new TermsView(AwardRuleSpec.of(t.awardRule()), t.deliveryCalendar(), t.informationContact(), true)));
        return Batches.byKey(batch, Challenge::id, views);
    }

    @SchemaMapping(typeName = "Challenge")
    CompletableFuture<Connection<Thread>> threads(Challenge challenge, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, THREADS, challenge.id(), first, after);
    }
}
