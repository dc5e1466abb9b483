package echanges.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import echanges.platform.Language;
import echanges.platform.Viewer;
import echanges.procurement.award.AwardRule;
import echanges.procurement.opendata.Enquiries;
import echanges.procurement.opendata.InvalidFeedRequest;
import echanges.procurement.opendata.OpenData;
import echanges.procurement.opendata.OpenDataSettings;
import echanges.testing.OcdsSchemas;
import tools.jackson.databind.JsonNode;

/**
 * Each public step records an OCDS 1.1 release in its own transaction; every package validates
 * against the standard's schemas; nothing of a sealed proposal appears before the opening.
 */
class OpenDataTests extends ProcurementFixture {

    private final OpenData openData = new OpenData(graph, clock, Enquiries.NONE, OpenDataSettings.DEFAULTS);

    private JsonNode releasePackage(String challengeId) {
        JsonNode releasePackage = openData.releasePackages(List.of(challengeId)).get(challengeId);
        assertThat(OcdsSchemas.releasePackageErrors(text(releasePackage))).isEmpty();
        return releasePackage;
    }

    private JsonNode recordPackage(String challengeId) {
        JsonNode recordPackage = openData.recordPackages(List.of(challengeId)).get(challengeId);
        assertThat(OcdsSchemas.recordPackageErrors(text(recordPackage))).isEmpty();
        return recordPackage;
    }

    private static String text(JsonNode node) {
        return new String(OpenData.json(node), StandardCharsets.UTF_8);
    }

    private static List<String> tags(JsonNode releasePackage) {
        List<String> tags = new ArrayList<>();
        releasePackage.get("releases").forEach(r -> tags.add(String.join("+", r.get("tag").valueStream().map(JsonNode::asString).toList())));
        return tags;
    }

    @Test
    void shouldReleaseEachPublicStepAndNothingSealedBeforeOpening() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly(), Duration.ofDays(10));
        clock.advance(Duration.ofDays(1));
        challenges.publishAddendum(challenge.id(), "Précision sur le format", false, null, officer);
        Viewer alpha = representative("Atelier Scellé");
        Viewer beta = representative("Boréal Code");
        file(challenge, alpha, "15123.45");
        file(challenge, beta, "18765.43");

        JsonNode beforeOpening = releasePackage(challenge.id());
        String sealed = text(beforeOpening) + text(recordPackage(challenge.id())) + text(openData.feed(clock.peek().minus(Duration.ofDays(2)), null, 100));
        assertThat(tags(beforeOpening)).containsExactly("tender", "tenderAmendment");
        for (String secret : List.of("Atelier Scellé", "Boréal Code", supplierOf(alpha), supplierOf(beta), "15123", "18765"))
            assertThat(sealed).doesNotContain(secret);

        closeAndOpenAfter(Duration.ofDays(10));
        JsonNode opened = releasePackage(challenge.id());
        awards.award(challenge.id(), officer);
        JsonNode awarded = releasePackage(challenge.id());

        String ocid = "ocds-echanges-" + challenge.id();
        assertThat(tags(opened)).containsExactly("tender", "tenderAmendment", "tenderUpdate");
        JsonNode opening = opened.at("/releases/2");
        assertThat(opening.at("/tender/numberOfTenderers").asInt()).isEqualTo(2);
        assertThat(opening.at("/tender/tenderers").findValuesAsString("name")).containsExactlyInAnyOrder("Atelier Scellé", "Boréal Code");
        assertThat(text(opening)).doesNotContain("15123").doesNotContain("18765");
        assertThat(tags(awarded)).containsExactly("tender", "tenderAmendment", "tenderUpdate", "award", "contract");
        JsonNode first = awarded.at("/releases/0");
        assertThat(first.get("ocid").asString()).isEqualTo(ocid);
        assertThat(first.get("id").asString()).isEqualTo(ocid + "-1");
        assertThat(first.at("/tender/value/amount").decimalValue()).isEqualByComparingTo("60000.00");
        assertThat(first.at("/tender/value/currency").asString()).isEqualTo("CAD");
        assertThat(first.at("/tender/awardCriteria").asString()).isEqualTo("priceOnly");
        assertThat(first.at("/tender/tenderPeriod/endDate").asString()).isEqualTo(challenge.closesAt().toString());
        assertThat(first.at("/tender/enquiryPeriod/endDate").asString()).isEqualTo("2026-11-09T15:00:00Z");
        assertThat(first.at("/buyer/name").asString()).isEqualTo("Ville de Lévis");
        JsonNode award = awarded.at("/releases/3/awards/0");
        assertThat(award.at("/value/amount").decimalValue()).isEqualByComparingTo("15123.45");
        assertThat(award.at("/suppliers/0/name").asString()).isEqualTo("Atelier Scellé");
        assertThat(awarded.at("/releases/4/contracts/0/awardID").asString()).isEqualTo(award.get("id").asString());

        JsonNode record = recordPackage(challenge.id()).at("/records/0");
        assertThat(record.get("ocid").asString()).isEqualTo(ocid);
        assertThat(record.get("releases").size()).isEqualTo(5);
        JsonNode compiled = record.get("compiledRelease");
        assertThat(compiled.get("tag").get(0).asString()).isEqualTo("compiled");
        assertThat(compiled.at("/tender/status").asString()).isEqualTo("complete");
        assertThat(compiled.at("/tender/amendments").size()).isEqualTo(1);
        assertThat(compiled.at("/tender/hasEnquiries").asBoolean()).isFalse();
        assertThat(compiled.at("/parties/0/name").asString()).isEqualTo("Ville de Lévis");
        assertThat(compiled.get("parties").findValuesAsString("name")).containsExactlyInAnyOrder("Ville de Lévis", "Atelier Scellé", "Boréal Code");
        for (JsonNode party : compiled.get("parties"))
            if (party.get("name").asString().equals("Atelier Scellé"))
                assertThat(party.get("roles").valueStream().map(JsonNode::asString)).containsExactly("tenderer", "supplier");
        assertThat(compiled.at("/contracts/0/status").asString()).isEqualTo("active");
    }

    @Test
    void shouldPublishOnlyAmendmentsAboveTenPercentAndTheFinalDescription() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly(), Duration.ofDays(10));
        file(challenge, representative("Atelier Contrat"), "20000");
        file(challenge, representative("Second Rang"), "22000");
        closeAndOpenAfter(Duration.ofDays(10));
        awards.award(challenge.id(), officer);
        String contractId = contracts.ofChallenges(List.of(challenge.id()), officer).get(challenge.id()).id();

        contracts.amend(contractId, new BigDecimal("21000"), "Petit ajout", officer);
        contracts.amend(contractId, new BigDecimal("23000"), "Module de plus", officer);
        clock.advance(Duration.ofDays(30));
        contracts.complete(contractId, clock.peek().minus(Duration.ofDays(1)), new BigDecimal("23000"), "Carte livrée et en service.", officer);

        JsonNode releases = releasePackage(challenge.id());
        assertThat(tags(releases)).containsExactly("tender", "tenderUpdate", "award", "contract", "contractAmendment",
                "implementation+contractTermination");
        assertThat(text(releases) + text(recordPackage(challenge.id()))).doesNotContain("Petit ajout").doesNotContain("21000");
        JsonNode contract = recordPackage(challenge.id()).at("/records/0/compiledRelease/contracts/0");
        assertThat(contract.at("/value/amount").decimalValue()).isEqualByComparingTo("23000");
        assertThat(contract.get("amendments").size()).isEqualTo(1);
        assertThat(contract.at("/amendments/0/rationale").asString()).isEqualTo("Module de plus");
        assertThat(contract.get("status").asString()).isEqualTo("terminated");
        assertThat(contract.get("description").asString()).isEqualTo("Carte livrée et en service.");
    }

    @Test
    void shouldReleaseCancellationsAndUnsuccessfulEnds() {
        Viewer officer = officer();
        Challenge withdrawn = published(officer, new AwardRule.PriceOnly(), Duration.ofDays(10));
        Challenge unsuccessful = published(officer, new AwardRule.PriceOnly(), Duration.ofDays(10));
        challenges.withdraw(withdrawn.id(), officer);
        closeAndOpenAfter(Duration.ofDays(10));

        awards.award(unsuccessful.id(), officer);

        JsonNode cancelled = releasePackage(withdrawn.id());
        assertThat(tags(cancelled)).containsExactly("tender", "tenderCancellation");
        assertThat(cancelled.at("/releases/1/tender/status").asString()).isEqualTo("cancelled");
        JsonNode ended = releasePackage(unsuccessful.id());
        assertThat(tags(ended)).containsExactly("tender", "tenderUpdate", "tenderUpdate");
        assertThat(ended.at("/releases/2/tender/status").asString()).isEqualTo("unsuccessful");
        assertThat(ended.at("/releases/2/tender/numberOfTenderers").asInt()).isZero();
        assertThat(recordPackage(unsuccessful.id()).at("/records/0/compiledRelease/tender/status").asString()).isEqualTo("unsuccessful");
    }

    @Test
    void shouldReleaseNothingForADraftNorForARefusedStep() {
        Viewer officer = officer();
        Challenge draft = challenges.draft(new ChallengeDraft(officer.officerOf().iterator().next(), "Brouillon", "Pas encore publié.", Language.FR,
                new BigDecimal("10000"), clock.peek().plus(Duration.ofDays(20)), List.of(), ChallengeTerms.NONE), officer);
        Challenge challenge = published(officer, new AwardRule.PriceOnly(), Duration.ofDays(10));

        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).isInstanceOf(ProcurementException.WrongStatus.class);

        assertThat(openData.releasePackages(List.of(draft.id()))).isEmpty();
        assertThat(openData.recordPackages(List.of(draft.id()))).isEmpty();
        assertThat(tags(releasePackage(challenge.id()))).containsExactly("tender");
    }

    @Test
    void shouldPageTheFeedOfEveryReleaseInOrder() {
        Viewer officer = officer();
        Instant since = clock.peek();
        Challenge challenge = published(officer, new AwardRule.PriceOnly(), Duration.ofDays(10));
        challenges.publishAddendum(challenge.id(), "Un", false, null, officer);
        challenges.publishAddendum(challenge.id(), "Deux", false, null, officer);

        List<String> ids = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 1_000; page++) {
            JsonNode feed = openData.feed(since, after, 2);
            assertThat(OcdsSchemas.releasePackageErrors(text(feed))).isEmpty();
            feed.get("releases").forEach(r -> ids.add(r.get("id").asString()));
            JsonNode next = feed.at("/links/next");
            if (next.isMissingNode()) break;
            after = next.asString().replaceAll(".*after=([^&]+).*", "$1");
        }

        String ocid = "ocds-echanges-" + challenge.id();
        assertThat(ids.stream().filter(id -> id.startsWith(ocid))).containsExactly(ocid + "-1", ocid + "-2", ocid + "-3");
        assertThat(ids).doesNotHaveDuplicates();
        assertThatThrownBy(() -> openData.feed(null, "not-a-cursor", 10)).isInstanceOf(InvalidFeedRequest.class);
        assertThatThrownBy(() -> openData.feed(null, null, 101)).isInstanceOf(InvalidFeedRequest.class);
    }
}
