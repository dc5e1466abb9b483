package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;

import echanges.accounts.MembershipRole;
import echanges.accounts.Supplier;
import echanges.accounts.SupplierKind;
import echanges.platform.GlobalId;
import echanges.procurement.Challenges;
import echanges.procurement.Proposals;

/**
 * A challenge decided on quality, end to end through GraphQL and WebSocket: the committee, sealed
 * proposals tried by every role before closing, scoring without prices, consolidation, the Sch. 2
 * award, results told to each supplier, lifecycle events, and the contract with its amendments.
 */
class EvaluationLifecycleTests extends ApiTest {

    @Autowired Challenges challenges;
    @Autowired Proposals proposals;

    private String qualityChallenge(Member officer, String title) {
        String id = as(officer.token()).documentName("createChallenge").variable("input", Map.of(
                        "bodyId", officer.bodyId(), "title", title, "description", "Le besoin.", "language", "FR",
                        "budgetCeiling", "20000.00", "closesAt", Instant.now().plus(Duration.ofDays(8)).toString(),
                        "deliveryCalendar", "8 semaines", "informationContact", "info@ville.example",
                        "awardRule", Map.of("kind", "QUALITY_PRICE", "k", "20", "criteria", List.of(
                                Map.of("name", "Approche", "weight", "50"), Map.of("name", "Équipe", "weight", "30"),
                                Map.of("name", "Délais", "weight", "20")))))
                .execute().path("createChallenge.challenge.id").entity(String.class).get();
        as(officer.token()).documentName("publishChallenge").variable("id", id).execute().errors().verify();
        return id;
    }

    private String file(Member representative, Supplier supplier, String challengeId, String price, String approach) {
        String id = as(representative.token()).document("""
                mutation($c: ID!, $s: ID!, $price: Decimal!, $text: String!) { saveProposal(input: {challengeId: $c, supplierId: $s, price: $price,
                  technicalApproach: $text, team: "Deux personnes", licence: "AGPL-3.0-or-later"}) { proposal { id } } }""")
                .variable("c", challengeId).variable("s", GlobalId.encode("Supplier", supplier.id())).variable("price", price).variable("text", approach)
                .execute().path("saveProposal.proposal.id").entity(String.class).get();
        as(representative.token()).document("mutation($id: ID!) { submitProposal(input: {proposalId: $id}) { proposal { status } } }")
                .variable("id", id).execute().errors().verify();
        return id;
    }

    private void score(Member evaluator, String proposalId, int score) {
        as(evaluator.token()).document("""
                mutation($p: ID!, $s: Decimal!) { scoreProposal(input: {proposalId: $p, scores: [
                  {criterionId: "c1", score: $s}, {criterionId: "c2", score: $s}, {criterionId: "c3", score: $s}]}) { scoresheet { at } } }""")
                .variable("p", proposalId).variable("s", String.valueOf(score)).execute().errors().verify();
    }

    @Test
    void shouldRunAQualityAwardFromCommitteeToContract() throws Exception {
        String word = "q" + UUID.randomUUID().toString().substring(0, 8);
        // Only in the sealed text: the challenge and the suppliers, public and indexed, carry `word`.
        String secret = "s" + UUID.randomUUID().toString().substring(0, 8);
        Member officer = newMember(true);
        String challengeId = qualityChallenge(officer, "Tableau de bord des bibliothèques " + word);
        Member secretary = newMember(false);
        List<Member> evaluators = List.of(newMember(false), newMember(false), newMember(false));
        as(evaluators.getFirst().token()).document("""
                mutation($c: ID!, $s: ID!, $e: [ID!]!) { assignCommittee(input: {challengeId: $c, secretaryId: $s, evaluatorIds: $e}) { committee { consolidatedAt } } }""")
                .variable("c", challengeId).variable("s", GlobalId.encode("Person", secretary.person().id()))
                .variable("e", evaluators.stream().map(e -> GlobalId.encode("Person", e.person().id())).toList())
                .execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
        as(officer.token()).document("""
                mutation($c: ID!, $s: ID!, $e: [ID!]!) { assignCommittee(input: {challengeId: $c, secretaryId: $s, evaluatorIds: $e}) {
                  committee { members { role person { handle } } } } }""")
                .variable("c", challengeId).variable("s", GlobalId.encode("Person", secretary.person().id()))
                .variable("e", evaluators.stream().map(e -> GlobalId.encode("Person", e.person().id())).toList())
                .execute().path("assignCommittee.committee.members[*].role").entityList(String.class)
                .satisfies(roles -> assertThat(roles).containsExactlyInAnyOrder("SECRETARY", "EVALUATOR", "EVALUATOR", "EVALUATOR"));
        String declare = "mutation($c: ID!) { declareInterests(input: {challengeId: $c, conflict: false, statement: \"Aucun lien.\"}) { committee { consolidatedAt } } }";
        for (Member m : List.of(secretary, evaluators.get(0), evaluators.get(1), evaluators.get(2)))
            as(m.token()).document(declare).variable("c", challengeId).execute().errors().verify();

        // Live: the officer's count of filings, and a watcher's lifecycle events.
        Member watcher = newMember(false);
        List<Integer> counts = new CopyOnWriteArrayList<>();
        List<String> kinds = new CopyOnWriteArrayList<>();
        WebSocketGraphQlTester officerSocket = websocket(officer.token());
        WebSocketGraphQlTester watcherSocket = websocket(watcher.token());
        officerSocket.start().block(Duration.ofSeconds(5));
        watcherSocket.start().block(Duration.ofSeconds(5));
        officerSocket.document("subscription($c: ID!) { proposalsReceived(challengeId: $c) { count } }").variable("c", challengeId)
                .executeSubscription().toFlux("proposalsReceived.count", Integer.class).subscribe(counts::add);
        watcherSocket.document("subscription($c: ID!) { challengeEvents(challengeId: $c) { kind challenge { status } } }").variable("c", challengeId)
                .executeSubscription().toFlux("challengeEvents.kind", String.class).subscribe(kinds::add);
        Thread.sleep(300);

        Supplier alpha = accounts.createSupplier("Alpha " + word, SupplierKind.SME);
        Supplier beta = accounts.createSupplier("Bêta " + word, SupplierKind.STARTUP);
        Member alphaRep = representative(alpha);
        Member betaRep = representative(beta);
        Member alphaMember = newMember(false);
        accounts.grant(alphaMember.person().id(), alpha.id(), MembershipRole.MEMBER);
        String pa = file(alphaRep, alpha, challengeId, "15000.00", "Approche confidentielle " + secret);
        String pb = file(betaRep, beta, challengeId, "14000.00", "Autre approche " + word);
        await().atMost(Duration.ofSeconds(3)).until(() -> counts.size() == 2);
        assertThat(counts).containsExactly(1, 2);

        // Sealed: every read path, every role but the supplier's own members, finds nothing before closing.
        Member moderator = newMember(false);
        accounts.setModerator(moderator.person().id(), true);
        String byId = "query($id: ID!) { node(id: $id) { id } }";
        String viaChallenge = "query($id: ID!) { node(id: $id) { ... on Challenge { proposals { id } proposalsReceived openingReport { openedAt } } } }";
        List<GraphQlTester> everyoneElse = List.of(graphql, as(betaRep.token()), as(evaluators.getFirst().token()), as(secretary.token()),
                as(newMember(true).token()), as(moderator.token()));
        for (GraphQlTester tester : everyoneElse) {
            tester.document(byId).variable("id", pa).execute().path("node").valueIsNull();
            tester.document(viaChallenge).variable("id", challengeId).execute()
                    .path("node.proposals[*].id").entityList(String.class).doesNotContain(pa)
                    .path("node.proposalsReceived").valueIsNull()
                    .path("node.openingReport").valueIsNull();
            tester.documentName("search").variable("query", secret).execute().path("search.totalCount").entity(Integer.class).isEqualTo(0);
        }
        as(alphaMember.token()).document("query($id: ID!) { node(id: $id) { ... on Proposal { technicalApproach price { amount } } } }").variable("id", pa)
                .execute().path("node.technicalApproach").entity(String.class).isEqualTo("Approche confidentielle " + secret);

        clock.advance(Duration.ofDays(9));
        challenges.closeDue();
        proposals.openDue();

        // Opened: the committee reads the proposals, never a price (s. 24); the opening report names, without prices.
        String read = "query($id: ID!) { node(id: $id) { ... on Challenge { proposals { id price { amount } } openingReport { lines { price } } } } }";
        as(evaluators.getFirst().token()).document(read).variable("id", challengeId).execute()
                .path("node.proposals[*].id").entityList(String.class).satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(pa, pb))
                .path("node.proposals[0].price").valueIsNull()
                .path("node.proposals[1].price").valueIsNull()
                .path("node.openingReport.lines[0].price").valueIsNull();
        for (int i = 0; i < 3; i++) {
            score(evaluators.get(i), pa, 90);
            score(evaluators.get(i), pb, 70);
        }
        as(evaluators.getFirst().token()).document("mutation($c: ID!) { consolidateEvaluation(input: {challengeId: $c}) { committee { consolidatedAt } } }")
                .variable("c", challengeId).execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
        as(secretary.token()).document("mutation($c: ID!) { consolidateEvaluation(input: {challengeId: $c}) { committee { consolidatedAt } } }")
                .variable("c", challengeId).execute().path("consolidateEvaluation.committee.consolidatedAt").hasValue();
        as(officer.token()).document("query($id: ID!) { node(id: $id) { ... on Proposal { scoresheets { evaluator { handle } scores { criterionId score } } } } }")
                .variable("id", pa).execute().path("node.scoresheets").entityList(Object.class).hasSize(3);

        as(officer.token()).document("mutation($id: ID!) { awardChallenge(input: {challengeId: $id}) { challenge { status } } }")
                .variable("id", challengeId).execute().path("awardChallenge.challenge.status").entity(String.class).isEqualTo("AWARDED");

        // Public winner (s. 26): A at 15,000 scores 90, adjusted 15,000 / (1 + 0.2 × 20 / 30) = 13,235.29 < B's 14,000.
        graphql.document("query($id: ID!) { node(id: $id) { ... on Challenge { award { supplier { name } score price adjustedPrice } contract { id amount { amount } } } } }")
                .variable("id", challengeId).execute()
                .path("node.award.supplier.name").entity(String.class).isEqualTo("Alpha " + word)
                .path("node.award.score").entity(String.class).isEqualTo("90.00")
                .path("node.award.adjustedPrice").entity(String.class).isEqualTo("13235.29")
                .path("node.contract.amount.amount").entity(String.class).isEqualTo("15000.00");
        as(betaRep.token()).document("query($id: ID!) { node(id: $id) { ... on Proposal { result { won rank score adjustedPrice } } } }").variable("id", pb)
                .execute().path("node.result.won").entity(Boolean.class).isEqualTo(false)
                .path("node.result.rank").entity(Integer.class).isEqualTo(2)
                .path("node.result.adjustedPrice").entity(String.class).isEqualTo("14000.00");
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> as(betaRep.token()).document("{ notifications { edges { node { kind challenge { id } } } } }")
                .execute().path("notifications.edges[*].node.kind").entityList(String.class).contains("AWARD_RESULT"));
        await().atMost(Duration.ofSeconds(3)).until(() -> kinds.contains("AWARDED"));
        assertThat(kinds).containsSubsequence("OPENED", "AWARDED");

        // The contract: a 5% amendment stays with the parties, the next one crossing 10% is published (s. 38.1).
        String contractId = graphql.document("query($id: ID!) { node(id: $id) { ... on Challenge { contract { id } } } }").variable("id", challengeId)
                .execute().path("node.contract.id").entity(String.class).get();
        String amend = "mutation($k: ID!, $a: Decimal!) { amendContract(input: {contractId: $k, newAmount: $a, rationale: \"Ajout\"}) { contract { amount { amount } } } }";
        as(officer.token()).document(amend).variable("k", contractId).variable("a", "15750.00").execute().errors().verify();
        String publicView = "query($id: ID!) { node(id: $id) { ... on Contract { amount { amount } amendments { published additionalExpenditure } performanceReports { id } } } }";
        graphql.document(publicView).variable("id", contractId).execute()
                .path("node.amount.amount").entity(String.class).isEqualTo("15000.00")
                .path("node.amendments").entityList(Object.class).hasSize(0);
        as(officer.token()).document(amend).variable("k", contractId).variable("a", "17000.00").execute().errors().verify();
        await().atMost(Duration.ofSeconds(3)).until(() -> kinds.contains("CONTRACT_UPDATED"));
        graphql.document(publicView).variable("id", contractId).execute()
                .path("node.amount.amount").entity(String.class).isEqualTo("17000.00")
                .path("node.amendments[0].additionalExpenditure").entity(String.class).isEqualTo("2000.00");

        String reportId = as(officer.token()).document("mutation($k: ID!) { reportUnsatisfactoryPerformance(input: {contractId: $k, report: \"Retards.\"}) { report { id state } } }")
                .variable("k", contractId).execute().path("reportUnsatisfactoryPerformance.report.state").entity(String.class).isEqualTo("AWAITING_COMMENTS")
                .path("reportUnsatisfactoryPerformance.report.id").entity(String.class).get();
        graphql.document(publicView).variable("id", contractId).execute().path("node.performanceReports").entityList(Object.class).hasSize(0);
        as(betaRep.token()).document(byId).variable("id", reportId).execute().path("node").valueIsNull();
        as(alphaRep.token()).document("mutation($r: ID!) { commentOnPerformanceReport(input: {reportId: $r, comment: \"Accès tardif.\"}) { report { state } } }")
                .variable("r", reportId).execute().path("commentOnPerformanceReport.report.state").entity(String.class).isEqualTo("AWAITING_DECISION");

        graphql.document("query($id: ID!) { node(id: $id) { ... on Challenge { auditTrail { verified entries { action } } } } }").variable("id", challengeId)
                .execute().path("node.auditTrail.verified").entity(Boolean.class).isEqualTo(true)
                .path("node.auditTrail.entries[*].action").entityList(String.class)
                .contains("COMMITTEE_ASSIGNED", "CONFLICT_DECLARED", "SCORED", "CONSOLIDATED", "AWARDED", "CONTRACT_OPENED", "CONTRACT_AMENDED",
                        "CONTRACT_AMENDMENT_RECORDED");
        officerSocket.stop().block(Duration.ofSeconds(5));
        watcherSocket.stop().block(Duration.ofSeconds(5));
    }
}
