package echanges.api;


import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import echanges.accounts.Supplier;
import echanges.accounts.SupplierKind;
import echanges.platform.GlobalId;
import echanges.procurement.Challenges;
import echanges.procurement.Proposals;

/** Before closing, a proposal is seen by nobody but its supplier, on every read path and for every role. */
class SealedProposalTests extends ApiTest {

    @Autowired Challenges challenges;
    @Autowired Proposals proposals;

    @Test
    void shouldShowASealedProposalToItsSupplierOnlyThenToTheBodyAfterClosing() {
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        // Only in the sealed text: the challenge and the supplier, both public and indexed, carry `word`.
        String secret = "s" + UUID.randomUUID().toString().substring(0, 8);
        Member officer = newMember(true);
        String challengeId = publishedChallenge(officer, "Suivi des quais", Duration.ofDays(8));
        Supplier supplier = accounts.createSupplier("Atelier Scellé " + word, SupplierKind.SME);
        Member representative = representative(supplier);
        String proposalId = as(representative.token()).document("""
                mutation($c: ID!, $s: ID!, $text: String!) { saveProposal(input: {challengeId: $c, supplierId: $s, price: "15000.00",
                  technicalApproach: $text, team: "Deux personnes", licence: "EUPL-1.2"}) { proposal { id status } } }""")
                .variable("c", challengeId).variable("s", GlobalId.encode("Supplier", supplier.id())).variable("text", "Approche secrète " + secret)
                .execute().path("saveProposal.proposal.id").entity(String.class).get();
        as(representative.token()).document("mutation($id: ID!) { submitProposal(input: {proposalId: $id}) { proposal { status } } }")
                .variable("id", proposalId).execute().path("submitProposal.proposal.status").entity(String.class).isEqualTo("SUBMITTED");

        Member moderator = newMember(false);
        accounts.setModerator(moderator.person().id(), true);
        Member otherSupplier = representative(accounts.createSupplier("Concurrent " + word, SupplierKind.STARTUP));
        String byId = "query($id: ID!) { node(id: $id) { id } }";
        String viaChallenge = "query($id: ID!) { node(id: $id) { ... on Challenge { proposals { id } proposalsReceived openingReport { openedAt } } } }";
        for (var tester : List.of(graphql, as(officer.token()), as(otherSupplier.token()), as(newMember(true).token()), as(moderator.token()))) {
            tester.document(byId).variable("id", proposalId).execute().path("node").valueIsNull();
            tester.document(viaChallenge).variable("id", challengeId).execute()
                    .path("node.proposals").entityList(Object.class).hasSize(0)
                    .path("node.openingReport").valueIsNull();
        }
        as(officer.token()).document(viaChallenge).variable("id", challengeId).execute().path("node.proposalsReceived").entity(Integer.class).isEqualTo(1);
        as(otherSupplier.token()).document(viaChallenge).variable("id", challengeId).execute().path("node.proposalsReceived").valueIsNull();
        graphql.documentName("search").variable("query", secret).execute().path("search.totalCount").entity(Integer.class).isEqualTo(0);
        as(representative.token()).document(byId).variable("id", proposalId).execute().path("node.id").entity(String.class).isEqualTo(proposalId);

        clock.advance(Duration.ofDays(9));
        challenges.closeDue();
        proposals.openDue();

        as(officer.token()).document(byId).variable("id", proposalId).execute().path("node.id").entity(String.class).isEqualTo(proposalId);
        as(otherSupplier.token()).document(byId).variable("id", proposalId).execute().path("node").valueIsNull();
        graphql.document("query($id: ID!) { node(id: $id) { ... on Challenge { status openingReport { lines { supplier { name } price } } } } }")
                .variable("id", challengeId).execute()
                .path("node.status").entity(String.class).isEqualTo("CLOSED")
                .path("node.openingReport.lines[0].supplier.name").entity(String.class).isEqualTo("Atelier Scellé " + word)
                .path("node.openingReport.lines[0].price").entity(String.class).isEqualTo("15000.00");

        as(officer.token()).document("mutation($id: ID!) { awardChallenge(input: {challengeId: $id}) { challenge { status } } }")
                .variable("id", challengeId).execute().path("awardChallenge.challenge.status").entity(String.class).isEqualTo("AWARDED");
        graphql.document("query($id: ID!) { node(id: $id) { ... on Challenge { award { supplier { name } won rank price } draw { commitment seed } } } }")
                .variable("id", challengeId).execute()
                .path("node.award.supplier.name").entity(String.class).isEqualTo("Atelier Scellé " + word)
                .path("node.award.rank").entity(Integer.class).isEqualTo(1)
                .path("node.draw.seed").entity(String.class).satisfies(seed -> org.assertj.core.api.Assertions.assertThat(seed).hasSizeGreaterThanOrEqualTo(16));
        as(representative.token()).document("query($id: ID!) { node(id: $id) { ... on Proposal { result { won rank } } } }").variable("id", proposalId)
                .execute().path("node.result.won").entity(Boolean.class).isEqualTo(true);
        graphql.document("query($id: ID!) { node(id: $id) { ... on Challenge { auditTrail { verified entries { action actor { handle } } } } } }")
                .variable("id", challengeId).execute()
                .path("node.auditTrail.verified").entity(Boolean.class).isEqualTo(true)
                .path("node.auditTrail.entries[*].action").entityList(String.class)
                .containsExactly("PUBLISHED", "PROPOSAL_RECEIVED", "CLOSED", "OPENED", "AWARDED", "CONTRACT_OPENED")
                .path("node.auditTrail.entries[1].actor").valueIsNull();
    }
}
