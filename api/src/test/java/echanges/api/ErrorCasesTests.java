package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import echanges.platform.GlobalId;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;
import echanges.procurement.ChallengeFilter;
import echanges.procurement.Challenges;

/** Bad input gets a typed error and changes nothing. */
class ErrorCasesTests extends ApiTest {

    @Autowired
    Challenges challenges;

    private static Map<String, Object> challenge(String bodyId, String budget, Duration closesIn) {
        return Map.of("bodyId", bodyId, "title", "Un défi", "description", "Le besoin.", "language", "FR",
                "budgetCeiling", budget, "closesAt", Instant.now().plus(closesIn).toString(),
                "deliveryCalendar", "8 semaines", "informationContact", "achats@ville.example", "awardRule", Map.of("kind", "PRICE_ONLY"));
    }

    private static Consumer<List<ResponseError>> code(String code) {
        return errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors).allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("code", code));
        };
    }

    private long challengesOf(Member member) {
        return challenges.page(new ChallengeFilter(null, GlobalId.expect(member.bodyId(), "PublicBody"), null),
                PageRequest.of(1, null), new Viewer(member.person().id(), java.util.Set.of(GlobalId.expect(member.bodyId(), "PublicBody")), java.util.Set.of()))
                .totalCount();
    }

    @Nested
    class Mutations {

        @Test
        void shouldRefuseAnAnonymousWriterWithUnauthenticated() {
            Member officer = newMember(true);

            graphql.documentName("createChallenge").variable("input", challenge(officer.bodyId(), "1000.00", Duration.ofDays(30)))
                    .execute().errors().satisfy(code("UNAUTHENTICATED"));

            assertThat(challengesOf(officer)).isZero();
        }

        @Test
        void shouldRefuseSomeoneWhoIsNotAnOfficerOfTheBody() {
            Member officer = newMember(true);
            Member outsider = newMember(false);

            as(outsider.token()).documentName("createChallenge").variable("input", challenge(officer.bodyId(), "1000.00", Duration.ofDays(30)))
                    .execute().errors().satisfy(code("FORBIDDEN"));

            assertThat(challengesOf(officer)).isZero();
        }

        @Test
        void shouldRefuseABudgetAtTheCeiling() {
            Member officer = newMember(true);

            as(officer.token()).documentName("createChallenge").variable("input", challenge(officer.bodyId(), "90000.00", Duration.ofDays(30)))
                    .execute().errors().satisfy(code("BAD_USER_INPUT"));

            assertThat(challengesOf(officer)).isZero();
        }

        @Test
        void shouldKeepADraftWhenItClosesTooSoonToPublish() {
            Member officer = newMember(true);
            String id = as(officer.token()).documentName("createChallenge").variable("input", challenge(officer.bodyId(), "1000.00", Duration.ofDays(3)))
                    .execute().path("createChallenge.challenge.id").entity(String.class).get();

            as(officer.token()).documentName("publishChallenge").variable("id", id).execute().errors().satisfy(code("BAD_USER_INPUT"));

            as(officer.token()).document("query($id: ID!) { node(id: $id) { ... on Challenge { status publishedAt } } }").variable("id", id)
                    .execute().path("node.status").entity(String.class).isEqualTo("DRAFT")
                    .path("node.publishedAt").valueIsNull();
        }

        @Test
        void shouldRefuseToPublishANoticeWithoutItsTermsOrWithAnInvalidAwardRule() {
            Member officer = newMember(true);
            Map<String, Object> bare = new java.util.HashMap<>(challenge(officer.bodyId(), "1000.00", Duration.ofDays(30)));
            bare.remove("awardRule");
            String noRule = as(officer.token()).documentName("createChallenge").variable("input", bare)
                    .execute().path("createChallenge.challenge.id").entity(String.class).get();
            Map<String, Object> twoCriteria = new java.util.HashMap<>(challenge(officer.bodyId(), "1000.00", Duration.ofDays(30)));
            twoCriteria.put("awardRule", Map.of("kind", "QUALITY_PRICE", "k", "20", "criteria",
                    List.of(Map.of("name", "Qualité", "weight", "60"), Map.of("name", "Délais", "weight", "40"))));
            String invalidRule = as(officer.token()).documentName("createChallenge").variable("input", twoCriteria)
                    .execute().path("createChallenge.challenge.id").entity(String.class).get();

            as(officer.token()).documentName("publishChallenge").variable("id", noRule).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                        assertThat(e.getMessage()).contains("award rule");
                    }));
            as(officer.token()).documentName("publishChallenge").variable("id", invalidRule).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                        assertThat(e.getMessage()).contains("Sch. 2 (1)");
                    }));
            as(officer.token()).document("query($id: ID!) { node(id: $id) { ... on Challenge { status terms { awardRule { kind section criteria { name weight } k } notBoundToAccept } } } }")
                    .variable("id", invalidRule).execute()
                    .path("node.status").entity(String.class).isEqualTo("DRAFT")
                    .path("node.terms.awardRule.section").entity(String.class).isEqualTo("Sch. 2")
                    .path("node.terms.awardRule.criteria[*].name").entityList(String.class).containsExactly("Qualité", "Délais")
                    .path("node.terms.notBoundToAccept").entity(Boolean.class).isEqualTo(true);
        }

        @Test
        void shouldRefuseToEditAPublishedChallengeWithConflict() {
            Member officer = newMember(true);
            String id = as(officer.token()).documentName("createChallenge").variable("input", challenge(officer.bodyId(), "1000.00", Duration.ofDays(30)))
                    .execute().path("createChallenge.challenge.id").entity(String.class).get();
            as(officer.token()).documentName("publishChallenge").variable("id", id).execute().errors().verify();

            as(officer.token()).document("mutation($id: ID!) { updateChallenge(input: {challengeId: $id, title: \"Autre\"}) { challenge { title } } }")
                    .variable("id", id).execute().errors().satisfy(code("CONFLICT"));
        }

        @Test
        void shouldRefuseAnIdOfTheWrongType() {
            Member officer = newMember(true);

            as(officer.token()).documentName("publishChallenge").variable("id", officer.bodyId()).execute().errors().satisfy(code("BAD_USER_INPUT"));
        }

        @Test
        void shouldAnswerAWrongPasswordWithUnauthenticated() {
            Member member = newMember(false);

            graphql.documentName("signIn").variable("email", member.person().handle() + "@test.example").variable("password", "not the password")
                    .execute().errors().satisfy(code("UNAUTHENTICATED"));
        }

        @Test
        void shouldRefuseATakenHandleWithConflict() {
            Member member = newMember(false);

            graphql.document("mutation($h: String!) { register(input: {email: \"other@test.example\", password: \"long enough password\", handle: $h, displayName: \"X\"}) { token } }")
                    .variable("h", member.person().handle()).execute().errors().satisfy(code("CONFLICT"));
        }
    }

    @Nested
    class Queries {

        @Test
        void shouldHideADraftFromEveryoneButItsOfficers() {
            Member officer = newMember(true);
            Member outsider = newMember(false);
            String id = as(officer.token()).documentName("createChallenge").variable("input", challenge(officer.bodyId(), "1000.00", Duration.ofDays(30)))
                    .execute().path("createChallenge.challenge.id").entity(String.class).get();
            String query = "query($id: ID!) { node(id: $id) { id } }";

            as(outsider.token()).document(query).variable("id", id).execute().path("node").valueIsNull();
            graphql.document(query).variable("id", id).execute().path("node").valueIsNull();
            as(officer.token()).document(query).variable("id", id).execute().path("node.id").entity(String.class).isEqualTo(id);
            graphql.document("query($b: ID!) { challenges(filter: {bodyId: $b}) { totalCount } }").variable("b", officer.bodyId())
                    .execute().path("challenges.totalCount").entity(Integer.class).isEqualTo(0);
        }

        @Test
        void shouldRefuseAPageLargerThanOneHundred() {
            graphql.document("{ challenges(first: 101) { totalCount } }").execute().errors().satisfy(code("BAD_USER_INPUT"));
        }

        @Test
        void shouldRefuseAForgedCursor() {
            graphql.document("{ challenges(after: \"not-a-cursor\") { totalCount } }").execute().errors().satisfy(code("BAD_USER_INPUT"));
        }

        @Test
        void shouldRefuseMalformedGraphQLWithBadUserInput() {
            graphql.document("{ challenges(first: 1) { edges { node { noSuchField } } } }").execute().errors().satisfy(code("BAD_USER_INPUT"));
            graphql.document("{ challenges(first: ").execute().errors().satisfy(code("BAD_USER_INPUT"));
        }

        @Test
        void shouldRefuseAQueryTooDeep() {
            String deep = "{ threads(first: 1) { edges { node { posts(first: 1) { edges { node { thread { posts(first: 1) { edges { node { "
                    + "thread { posts(first: 1) { edges { node { id } } } } } } } } } } } } } } }";

            graphql.document(deep).execute().errors().satisfy(code("QUERY_TOO_COMPLEX"));
        }

        @Test
        void shouldRefuseAQueryTooCostly() {
            String costly = "{ challenges(first: 100) { edges { node { threads(first: 100) { edges { node { posts(first: 100) { edges { node { id } } } } } } } } } }";

            graphql.document(costly).execute().errors().satisfy(code("QUERY_TOO_COMPLEX"));
        }

        @Test
        void shouldAnswerAnUnknownNodeWithNull() {
            graphql.document("query($id: ID!) { node(id: $id) { id } }").variable("id", GlobalId.encode("Challenge", "no-such-id"))
                    .execute().path("node").valueIsNull();
        }

        @Test
        void shouldCloseAWebSocketWhoseTokenIsInvalid() {
            GraphQlTester.Subscription subscription = websocket("not-a-token").documentName("challengePublished").executeSubscription();

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> subscription.toFlux().blockFirst(Duration.ofSeconds(5)))
                    .isNotNull();
        }
    }
}
