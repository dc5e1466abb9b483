package echanges.api;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import echanges.accounts.MembershipRole;
import echanges.accounts.SupplierKind;

/** Questions through GraphQL: the asker is shown to nobody else, on the thread, its post and in search. */
class QuestionTests extends ApiTest {

    @Test
    void shouldHideTheAskerFromEveryoneElseAndMarkTheAnswerOfficial() {
        Member officer = newMember(true);
        String challengeId = publishedChallenge(officer, "Horaires du traversier", Duration.ofDays(30));
        Member asker = newMember(false);
        accounts.grant(asker.person().id(), accounts.createSupplier("Atelier Question", SupplierKind.INDEPENDENT).id(), MembershipRole.REPRESENTATIVE);

        String questionId = as(asker.token()).document("mutation($id: ID!) { askQuestion(input: {challengeId: $id, text: \"Quel format de données ?\"}) { question { id question } } }")
                .variable("id", challengeId).execute().path("askQuestion.question.id").entity(String.class).get();
        as(officer.token()).document("mutation($id: ID!) { answerQuestion(input: {questionId: $id, text: \"Du CSV.\"}) { answer { official author { handle } } } }")
                .variable("id", questionId).execute()
                .path("answerQuestion.answer.official").entity(Boolean.class).isEqualTo(true)
                .path("answerQuestion.answer.author.handle").entity(String.class).isEqualTo(officer.person().handle());

        String view = "query($id: ID!) { node(id: $id) { ... on Thread { question author { handle } posts { edges { node { official author { handle } } } } } } }";
        for (var tester : java.util.List.of(graphql, as(officer.token()), as(newMember(false).token())))
            tester.document(view).variable("id", questionId).execute()
                    .path("node.question").entity(Boolean.class).isEqualTo(true)
                    .path("node.author").valueIsNull()
                    .path("node.posts.edges[0].node.author").valueIsNull()
                    .path("node.posts.edges[1].node.official").entity(Boolean.class).isEqualTo(true);
        as(asker.token()).document(view).variable("id", questionId).execute()
                .path("node.author.handle").entity(String.class).isEqualTo(asker.person().handle());
        // The answer is a procurement action too, in the challenge's trail; the asker is not.
        graphql.document("query($id: ID!) { node(id: $id) { ... on Challenge { auditTrail { verified entries { action actor { handle } } } } } }")
                .variable("id", challengeId).execute()
                .path("node.auditTrail.verified").entity(Boolean.class).isEqualTo(true)
                .path("node.auditTrail.entries[*].action").entityList(String.class).containsExactly("PUBLISHED", "ANSWERED")
                .path("node.auditTrail.entries[1].actor.handle").entity(String.class).isEqualTo(officer.person().handle());
    }
}
