package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import echanges.accounts.MembershipRole;
import echanges.accounts.Supplier;
import echanges.accounts.SupplierKind;
import echanges.platform.GlobalId;
import echanges.procurement.Challenges;
import echanges.procurement.Proposals;
import echanges.testing.OcdsSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open contracting data over HTTP and GraphQL: every package validates against OCDS 1.1; before
 * the opening no package says who filed or at what price, after it the tenderers appear; the
 * questions and answers are enquiries without their asker; drafts appear nowhere.
 */
class OpenDataTests extends ApiTest {

    /** Longer than the tester's 5 s default: a step here notifies followers and records a release, on a machine that may be busy. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired Challenges challenges;
    @Autowired Proposals proposals;

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(PATIENCE).build();
    }

    private String get(String path, int status) {
        return http().get().uri(path).exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private String releasePackage(String path) {
        String json = get(path, 200);
        assertThat(OcdsSchemas.releasePackageErrors(json)).isEmpty();
        return json;
    }

    private String recordPackage(String path) {
        String json = get(path, 200);
        assertThat(OcdsSchemas.recordPackageErrors(json)).isEmpty();
        return json;
    }

    /** The packages through GraphQL, each validated; anonymous, as open data is. */
    private String viaGraphQl(String challengeId) {
        Map<?, ?> node = graphql.documentName("challengeOpenData").variable("id", challengeId).execute().path("node").entity(Map.class).get();
        String releases = JsonMapper.shared().writeValueAsString(node.get("releasePackage"));
        String records = JsonMapper.shared().writeValueAsString(node.get("recordPackage"));
        assertThat(OcdsSchemas.releasePackageErrors(releases)).isEmpty();
        assertThat(OcdsSchemas.recordPackageErrors(records)).isEmpty();
        return node.get("ocid") + releases + records;
    }

    private String fileProposal(String challengeId, Supplier supplier, String price) {
        Member representative = representative(supplier);
        String proposalId = as(representative.token()).document("""
                mutation($c: ID!, $s: ID!, $price: Decimal!) { saveProposal(input: {challengeId: $c, supplierId: $s, price: $price,
                  technicalApproach: "Approche", team: "Équipe", licence: "EUPL-1.2"}) { proposal { id } } }""")
                .variable("c", challengeId).variable("s", GlobalId.encode("Supplier", supplier.id())).variable("price", price)
                .execute().path("saveProposal.proposal.id").entity(String.class).get();
        as(representative.token()).document("mutation($id: ID!) { submitProposal(input: {proposalId: $id}) { proposal { status } } }")
                .variable("id", proposalId).execute().path("submitProposal.proposal.status").entity(String.class).isEqualTo("SUBMITTED");
        return proposalId;
    }

    @Test
    void shouldPublishValidPackagesWithNothingSealedBeforeOpeningAndTenderersAfter() {
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = clock.peek();
        Member officer = newMember(true);
        String challengeId = publishedChallenge(officer, "Horaires des quais " + word, Duration.ofDays(8));
        String id = GlobalId.expect(challengeId, "Challenge");
        String ocid = "ocds-echanges-" + id;
        Member asker = newMember(false);
        accounts.grant(asker.person().id(), accounts.createSupplier("Questionneur " + word, SupplierKind.INDEPENDENT).id(), MembershipRole.REPRESENTATIVE);
        String questionId = as(asker.token()).document("mutation($id: ID!) { askQuestion(input: {challengeId: $id, text: \"Quel format de données ?\"}) { question { id } } }")
                .variable("id", challengeId).execute().path("askQuestion.question.id").entity(String.class).get();
        as(officer.token()).document("mutation($id: ID!) { answerQuestion(input: {questionId: $id, text: \"Du CSV.\"}) { answer { id } } }")
                .variable("id", questionId).execute().errors().verify();
        Supplier alpha = accounts.createSupplier("Atelier Alpha " + word, SupplierKind.SME);
        Supplier beta = accounts.createSupplier("Bêta Code " + word, SupplierKind.STARTUP);
        fileProposal(challengeId, alpha, "17123.45");
        fileProposal(challengeId, beta, "18765.43");

        String before = releasePackage("/ocds/releases/" + id) + recordPackage("/ocds/records/" + ocid) + viaGraphQl(challengeId)
                + releasePackage("/ocds/releases?since=" + start + "&limit=100");
        for (String sealed : List.of("Atelier Alpha", "Bêta Code", alpha.id(), beta.id(), "17123", "18765", "Questionneur", asker.person().handle()))
            assertThat(before).doesNotContain(sealed);
        JsonNode record = JsonMapper.shared().readTree(recordPackage("/ocds/records/" + id)).at("/records/0");
        assertThat(record.get("ocid").asString()).isEqualTo(ocid);
        JsonNode enquiry = record.at("/compiledRelease/tender/enquiries/0");
        assertThat(enquiry.get("description").asString()).isEqualTo("Quel format de données ?");
        assertThat(enquiry.get("answer").asString()).isEqualTo("Du CSV.");
        assertThat(enquiry.has("author")).isFalse();

        clock.advance(Duration.ofDays(9));
        challenges.closeDue();
        proposals.openDue();
        String opened = viaGraphQl(challengeId);
        as(officer.token()).document("mutation($id: ID!) { awardChallenge(input: {challengeId: $id}) { challenge { status } } }")
                .variable("id", challengeId).execute().path("awardChallenge.challenge.status").entity(String.class).isEqualTo("AWARDED");

        assertThat(opened).contains("Atelier Alpha " + word, "Bêta Code " + word);
        JsonNode awarded = JsonMapper.shared().readTree(releasePackage("/ocds/releases/" + ocid));
        assertThat(awarded.get("releases").valueStream().map(r -> r.at("/tag/0").asString()))
                .containsExactly("tender", "tenderUpdate", "award", "contract");
        assertThat(awarded.at("/releases/2/awards/0/value/amount").decimalValue()).isEqualByComparingTo("17123.45");
        assertThat(awarded.at("/releases/2/awards/0/suppliers/0/name").asString()).isEqualTo("Atelier Alpha " + word);
        assertThat(recordPackage("/ocds/records/" + id)).contains("\"compiled\"");
    }

    @Test
    void shouldKeepDraftsOutAndRefuseABadFeedRequest() {
        Member officer = newMember(true);
        String draftId = as(officer.token()).documentName("createChallenge").variable("input", Map.of(
                        "bodyId", officer.bodyId(), "title", "Brouillon", "description", "Pas encore.", "language", "FR",
                        "budgetCeiling", "20000.00", "closesAt", Instant.now().plus(Duration.ofDays(20)).toString()))
                .execute().path("createChallenge.challenge.id").entity(String.class).get();
        String id = GlobalId.expect(draftId, "Challenge");

        get("/ocds/releases/" + id, 404);
        get("/ocds/records/" + id, 404);
        as(officer.token()).documentName("challengeOpenData").variable("id", draftId).execute()
                .path("node.ocid").entity(String.class).isEqualTo("ocds-echanges-" + id)
                .path("node.releasePackage").valueIsNull()
                .path("node.recordPackage").valueIsNull();
        assertThat(get("/ocds/releases?limit=100", 200)).doesNotContain(id);
        assertThat(get("/ocds/releases?limit=0", 400)).contains("1 to 100");
        assertThat(get("/ocds/releases?since=yesterday", 400)).contains("ISO-8601");
        assertThat(get("/ocds/releases?after=nonsense", 400)).contains("cursor");
        http().get().uri("/ocds/releases?since=2999-01-01T00:00:00Z").exchange().expectStatus().isNoContent();
    }
}
