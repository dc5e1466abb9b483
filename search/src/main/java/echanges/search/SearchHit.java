package echanges.search;

import java.util.List;
import java.util.Map;

import echanges.platform.Language;

/** One result: which node, how relevant, in which language, and the matched words by field. */
public record SearchHit(String type, String id, double score, Language language, Map<String, List<String>> highlights) {
}
