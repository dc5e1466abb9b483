package echanges.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import echanges.platform.Viewer;
import echanges.procurement.award.AwardRule;
import echanges.procurement.calendar.TaxCertificate;

/** Proposals on the real Neo4j: sealed until closing, one per supplier, opened by the platform. */
class ProposalsTests extends ProcurementFixture {




    private Challenge published(Viewer officer, AwardRule rule) {
        return published(officer, rule, Duration.ofDays(10));
    }

    private static ProposalContent content(String price, TaxCertificate certificate) {
        return new ProposalContent(new BigDecimal(price), "Une application web.", "Deux personnes.", "AGPL-3.0-or-later",
                List.of("Approche éprouvée"), List.of("https://docs.example/plan.pdf"), certificate, List.of("Nous avons les assurances requises."));
    }

    @Test
    void shouldSealAProposalFromEveryoneButItsSupplierUntilClosing() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly());
        Viewer supplier = representative("Atelier Nord");
        Viewer competitor = representative("Atelier Sud");
        Proposal proposal = proposals.submit(proposals.save(challenge.id(), supplierOf(supplier), null, content("20000", null), supplier).id(), supplier);

        for (Viewer other : List.of(officer, competitor, Viewer.anonymous(), officer())) {
            assertThat(proposals.byIds(List.of(proposal.id()), other)).isEmpty();
            assertThat(proposals.ofChallenges(List.of(challenge.id()), other).get(challenge.id())).isEmpty();
        }
        assertThat(proposals.byIds(List.of(proposal.id()), supplier)).containsKey(proposal.id());
        assertThat(proposals.received(List.of(challenge.id())).get(challenge.id())).isEqualTo(1);

        clock.advance(Duration.ofDays(10));
        challenges.closeDue();
        proposals.openDue();

        assertThat(proposals.byIds(List.of(proposal.id()), officer)).containsKey(proposal.id());
        assertThat(proposals.byIds(List.of(proposal.id()), competitor)).isEmpty();
        assertThat(proposals.byIds(List.of(proposal.id()), officer())).isEmpty();
    }

    @Test
    void shouldReplaceADraftAndRejectBothWhenASupplierFilesTwice() {
        Challenge challenge = published(officer(), new AwardRule.PriceOnly());
        Viewer supplier = representative("Atelier Double");
        Proposal first = proposals.save(challenge.id(), supplierOf(supplier), null, content("20000", null), supplier);
        Proposal replaced = proposals.save(challenge.id(), supplierOf(supplier), null, content("19000", null), supplier);
        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(replaced.price()).isEqualByComparingTo("19000");

        proposals.submit(first.id(), supplier);
        Proposal second = proposals.save(challenge.id(), supplierOf(supplier), null, content("18000", null), supplier);
        proposals.submit(second.id(), supplier);

        assertThat(proposals.ofChallenges(List.of(challenge.id()), supplier).get(challenge.id()))
                .extracting(Proposal::status).containsOnly(ProposalStatus.REJECTED).hasSize(2);
        assertThat(proposals.byIds(List.of(second.id()), supplier).get(second.id()).rejectionReason()).contains("s. 7");
    }

    @Test
    void shouldRefuseLateProposalsAndOthersRepresentatives() {
        Challenge challenge = published(officer(), new AwardRule.PriceOnly());
        Viewer supplier = representative("Atelier Tardif");

        assertThatThrownBy(() -> proposals.save(challenge.id(), supplierOf(supplier), null, content("20000", null), representative("Autre")))
                .isInstanceOf(ProcurementException.NotARepresentative.class);
        clock.advance(Duration.ofDays(10));
        assertThatThrownBy(() -> proposals.save(challenge.id(), supplierOf(supplier), null, content("20000", null), supplier))
                .isInstanceOf(ProcurementException.WrongStatus.class).hasMessageContaining("late proposals are refused");
    }

    @Test
    void shouldOpenOnceCheckEligibilityAndDiscloseNamesAndPricesForAPriceOnlyAward() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly());
        LocalDate today = LocalDate.of(2026, 11, 2);
        Viewer valid = representative("Conforme inc.");
        Viewer none = representative("Sans attestation inc.");
        Viewer expired = representative("Attestation échue inc.");
        Viewer small = representative("Petit contrat inc.");
        Proposal ok = proposals.submit(proposals.save(challenge.id(), supplierOf(valid), null, content("30000", new TaxCertificate("A-1", today)), valid).id(), valid);
        Proposal missing = proposals.submit(proposals.save(challenge.id(), supplierOf(none), null, content("30000", null), none).id(), none);
        Proposal stale = proposals.submit(proposals.save(challenge.id(), supplierOf(expired), null,
                content("30000", new TaxCertificate("B-2", today.minusMonths(4))), expired).id(), expired);
        Proposal below = proposals.submit(proposals.save(challenge.id(), supplierOf(small), null, content("24999.99", null), small).id(), small);

        clock.advance(Duration.ofDays(10));
        challenges.closeDue();
        List<OpeningReport> reports = proposals.openDue();

        assertThat(reports).filteredOn(r -> r.challengeId().equals(challenge.id())).singleElement()
                .satisfies(r -> assertThat(r.lines()).extracting(OpeningReport.Line::supplierName, OpeningReport.Line::price)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("Conforme inc.", new BigDecimal("30000")),
                                org.assertj.core.groups.Tuple.tuple("Sans attestation inc.", new BigDecimal("30000")),
                                org.assertj.core.groups.Tuple.tuple("Attestation échue inc.", new BigDecimal("30000")),
                                org.assertj.core.groups.Tuple.tuple("Petit contrat inc.", new BigDecimal("24999.99"))));
        Map<String, Proposal> seen = proposals.byIds(List.of(ok.id(), missing.id(), stale.id(), below.id()), officer);
        assertThat(seen.get(ok.id()).status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(seen.get(below.id()).status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(seen.get(missing.id()).rejectionReason()).contains("s. 37.3");
        assertThat(seen.get(stale.id()).status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(proposals.openDue()).noneMatch(r -> r.challengeId().equals(challenge.id()));
        assertThat(proposals.openingReports(List.of(challenge.id())).get(challenge.id()).lines()).hasSize(4);
    }

    @Test
    void shouldDiscloseOnlyNamesWhenQualityIsEvaluated() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.QualityPrice(List.of(
                echanges.procurement.award.Criterion.weighted("c1", "Approche", echanges.procurement.award.Percent.of(50)),
                echanges.procurement.award.Criterion.weighted("c2", "Équipe", echanges.procurement.award.Percent.of(30)),
                echanges.procurement.award.Criterion.weighted("c3", "Délais", echanges.procurement.award.Percent.of(20))),
                echanges.procurement.award.Percent.of(20)));
        Viewer supplier = representative("Qualité d'abord");
        proposals.submit(proposals.save(challenge.id(), supplierOf(supplier), null, content("20000", null), supplier).id(), supplier);

        clock.advance(Duration.ofDays(10));
        challenges.closeDue();
        proposals.openDue();

        assertThat(proposals.openingReports(List.of(challenge.id())).get(challenge.id()).lines())
                .extracting(OpeningReport.Line::supplierName, OpeningReport.Line::price)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Qualité d'abord", null));
    }
}
