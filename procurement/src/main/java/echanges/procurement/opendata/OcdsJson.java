package echanges.procurement.opendata;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing releases. Amounts are exact decimals from end to end: read as BigDecimal,
 * kept with their scale, written plain (20000.00, never 2E+4).
 */
final class OcdsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private OcdsJson() {
    }

    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }
}
