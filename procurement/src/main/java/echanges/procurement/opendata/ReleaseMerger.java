package echanges.procurement.opendata;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles the releases of one contracting process into its compiled release, by the OCDS 1.1
 * merge rules for the fields this platform publishes: releases apply oldest first and later values
 * win; objects merge field by field; arrays whose items are all objects with an {@code id} merge
 * item by item on that id (an amendment or an award published in one release stays when a later
 * one adds another); any other array is replaced whole; a null removes the field.
 */
public final class ReleaseMerger {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReleaseMerger() {
    }

    /**
     * The compiled release: the merge of {@code releases} (oldest first), tagged {@code compiled},
     * dated by the last release and identified, as OCDS suggests, by the ocid and that date.
     */
    public static ObjectNode compile(List<? extends JsonNode> releases) {
        if (releases.isEmpty()) throw new IllegalArgumentException("a compiled release needs at least one release");
        ObjectNode compiled = merge(releases);
        compiled.put("id", compiled.path("ocid").asString() + "-" + compiled.path("date").asString());
        compiled.set("tag", NODES.arrayNode().add("compiled"));
        return compiled;
    }

    /** The releases merged in order, each one's values over those before. */
    static ObjectNode merge(List<? extends JsonNode> releases) {
        ObjectNode merged = NODES.objectNode();
        for (JsonNode release : releases) mergeInto(merged, release);
        return merged;
    }

    private static void mergeInto(ObjectNode target, JsonNode source) {
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode current = target.get(name);
            if (value.isNull()) target.remove(name);
            else if (value.isObject() && current != null && current.isObject()) mergeInto((ObjectNode) current, value);
            else if (identified(value) && current != null && identified(current)) target.set(name, mergeById((ArrayNode) current, value));
            else target.set(name, copy(value));
        }
    }

    private static ArrayNode mergeById(ArrayNode current, JsonNode items) {
        ArrayNode merged = current.deepCopy();
        for (JsonNode item : items) {
            ObjectNode same = null;
            for (JsonNode existing : merged)
                if (existing.get("id").asString().equals(item.get("id").asString())) same = (ObjectNode) existing;
            if (same != null) mergeInto(same, item);
            else merged.add(copy(item));
        }
        return merged;
    }

    /** Whether every item of a non-empty array is an object with an id: the arrays merged by id. */
    private static boolean identified(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) return false;
        for (JsonNode item : node)
            if (!item.isObject() || item.get("id") == null || item.get("id").isNull()) return false;
        return true;
    }

    /** A copy without null fields, since a null only ever means "remove". */
    private static JsonNode copy(JsonNode value) {
        if (value.isObject()) {
            ObjectNode copy = NODES.objectNode();
            mergeInto(copy, value);
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            for (JsonNode item : value) copy.add(copy(item));
            return copy;
        }
        return value.deepCopy();
    }
}
