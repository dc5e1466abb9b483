package echanges.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import echanges.platform.Viewer;
import echanges.procurement.audit.AuditChain;
import echanges.procurement.audit.AuditEntry;
import echanges.procurement.award.AwardRule;
import echanges.procurement.calendar.TaxCertificate;

/** Every procurement action lands in the challenge's hash-chained trail, which shows any later edit. */
class AuditTrailTests extends ProcurementFixture {

    @Test
    void shouldRecordEachActionInAChainThatRevealsTampering() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly(), Duration.ofDays(10));
        challenges.publishAddendum(challenge.id(), "Précision", false, null, officer);
        Viewer supplier = representative("Atelier Trace");
        Proposal draft = proposals.save(challenge.id(), supplierOf(supplier), null, new ProposalContent(new BigDecimal("50000"), "Approche",
                "Équipe", "MIT", List.of(), List.of(), new TaxCertificate("T-1", LocalDate.of(2026, 11, 2)), List.of()), supplier);
        proposals.submit(draft.id(), supplier);
        closeAndOpenAfter(Duration.ofDays(10));
        awards.award(challenge.id(), officer);

        List<AuditEntry> trail = challenges.auditTrails(List.of(challenge.id())).get(challenge.id());

        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly("PUBLISHED", "ADDENDUM", "PROPOSAL_RECEIVED", "CLOSED", "OPENED", "AWARDED", "CONTRACT_OPENED");
        assertThat(trail.get(2).actorId()).isNull(); // sealed: whose proposal is not in the trail before opening
        assertThat(AuditChain.firstBroken(trail)).isEmpty();

        graph.write(tx -> {
            tx.run("MATCH (:Challenge {id: $id})-[:AUDIT]->(e:AuditEntry {sequence: 2}) SET e.details = 'rewritten'", Map.of("id", challenge.id()));
            return null;
        });

        assertThat(AuditChain.firstBroken(challenges.auditTrails(List.of(challenge.id())).get(challenge.id()))).contains(2);
    }
}
