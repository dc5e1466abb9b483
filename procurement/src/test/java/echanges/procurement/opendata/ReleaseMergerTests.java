package echanges.procurement.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OCDS merge of a contracting process's releases into its compiled release. */
class ReleaseMergerTests {

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void shouldMergeObjectsFieldByFieldWithLaterValuesWinning() {
        JsonNode tender = json("""
                {"ocid": "ocds-x-1", "date": "2026-11-02T15:00:00Z", "tender": {"id": "1", "title": "Carte", "status": "active"}}""");
        JsonNode update = json("""
                {"ocid": "ocds-x-1", "date": "2026-11-20T17:00:00Z", "tender": {"status": "complete", "numberOfTenderers": 2}}""");

        JsonNode merged = ReleaseMerger.merge(List.of(tender, update));

        assertThat(merged.get("tender")).isEqualTo(json("""
                {"id": "1", "title": "Carte", "status": "complete", "numberOfTenderers": 2}"""));
        assertThat(merged.get("date").asString()).isEqualTo("2026-11-20T17:00:00Z");
    }

    @Test
    void shouldMergeArraysOfIdentifiedObjectsById() {
        JsonNode first = json("""
                {"tender": {"amendments": [{"id": "addendum-1", "description": "Précision"}]}}""");
        JsonNode second = json("""
                {"tender": {"amendments": [{"id": "addendum-1", "rationale": "closing kept"}, {"id": "addendum-2", "description": "Report"}]}}""");

        JsonNode merged = ReleaseMerger.merge(List.of(first, second));

        assertThat(merged.at("/tender/amendments")).isEqualTo(json("""
                [{"id": "addendum-1", "description": "Précision", "rationale": "closing kept"}, {"id": "addendum-2", "description": "Report"}]"""));
    }

    @Test
    void shouldKeepAnAwardWhenALaterReleaseOnlyAddsAContract() {
        JsonNode award = json("""
                {"awards": [{"id": "p1", "status": "active"}]}""");
        JsonNode contract = json("""
                {"contracts": [{"id": "k1", "awardID": "p1"}]}""");

        JsonNode merged = ReleaseMerger.merge(List.of(award, contract));

        assertThat(merged.at("/awards/0/id").asString()).isEqualTo("p1");
        assertThat(merged.at("/contracts/0/awardID").asString()).isEqualTo("p1");
    }

    @Test
    void shouldReplaceArraysOfValuesAndArraysWithoutIds() {
        JsonNode first = json("""
                {"tag": ["tender"], "tender": {"submissionMethod": ["written"], "items": [{"description": "a"}]}}""");
        JsonNode second = json("""
                {"tag": ["tenderUpdate"], "tender": {"submissionMethod": ["electronicSubmission"], "items": [{"description": "b"}]}}""");

        JsonNode merged = ReleaseMerger.merge(List.of(first, second));

        assertThat(merged.get("tag")).isEqualTo(json("[\"tenderUpdate\"]"));
        assertThat(merged.at("/tender/submissionMethod")).isEqualTo(json("[\"electronicSubmission\"]"));
        assertThat(merged.at("/tender/items")).isEqualTo(json("[{\"description\": \"b\"}]"));
    }

    @Test
    void shouldRemoveAFieldSetToNullAndNeverCopyANull() {
        JsonNode first = json("""
                {"tender": {"id": "1", "eligibilityCriteria": "Certificat"}}""");
        JsonNode second = json("""
                {"tender": {"eligibilityCriteria": null}, "planning": {"rationale": null, "budget": {"description": "Budget"}}}""");

        JsonNode merged = ReleaseMerger.merge(List.of(first, second));

        assertThat(merged.get("tender")).isEqualTo(json("{\"id\": \"1\"}"));
        assertThat(merged.get("planning")).isEqualTo(json("{\"budget\": {\"description\": \"Budget\"}}"));
    }

    @Test
    void shouldTagTheCompiledReleaseAndIdentifyItByOcidAndLastDate() {
        JsonNode tender = json("""
                {"ocid": "ocds-x-1", "id": "ocds-x-1-1", "date": "2026-11-02T15:00:00Z", "tag": ["tender"]}""");
        JsonNode award = json("""
                {"ocid": "ocds-x-1", "id": "ocds-x-1-2", "date": "2026-11-25T15:00:00Z", "tag": ["award"]}""");

        JsonNode compiled = ReleaseMerger.compile(List.of(tender, award));

        assertThat(compiled.get("tag")).isEqualTo(json("[\"compiled\"]"));
        assertThat(compiled.get("id").asString()).isEqualTo("ocds-x-1-2026-11-25T15:00:00Z");
        assertThat(compiled.get("date").asString()).isEqualTo("2026-11-25T15:00:00Z");
        assertThatThrownBy(() -> ReleaseMerger.compile(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotChangeTheReleasesItMerges() {
        JsonNode first = json("{\"tender\": {\"amendments\": [{\"id\": \"a\"}]}}");
        JsonNode second = json("{\"tender\": {\"amendments\": [{\"id\": \"a\", \"description\": \"x\"}]}}");

        ReleaseMerger.merge(List.of(first, second));

        assertThat(first).isEqualTo(json("{\"tender\": {\"amendments\": [{\"id\": \"a\"}]}}"));
    }
}
