package echanges.search.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import co.elastic.clients.elasticsearch.indices.IndexSettings;

/**
 * The index settings that define our analyzers, from {@code elasticsearch/analysis.json}. They use
 * only the standard tokenizer and the filters of our analysis plugin: the server we run has no
 * analysis-common module, so Elasticsearch's own french and english analyzers, and its lowercase or
 * asciifolding filters, do not exist there.
 *
 * <ul>
 *   <li>{@value #FRENCH}: elision, lowercase, accent folding, French light stemming;
 *   <li>{@value #ENGLISH}: possessives, lowercase, accent folding, Porter stemming;
 *   <li>{@value #FOLDED}: lowercase and accent folding only, for exact-ish matching and autocomplete.
 * </ul>
 *
 * <p>There is no normalizer for keyword fields: Elasticsearch 8.19 admits in a normalizer only its
 * own filters, and rejects the stable plugin API's ("Custom normalizer may not use filter"). Use a
 * text field analysed with {@value #FOLDED} instead.
 *
 * <pre>{@code
 * client.indices().create(c -> c.index("offers")
 *         .settings(AnalysisSettings.indexSettings())
 *         .mappings(m -> m.properties("title", p -> p.text(t -> t.analyzer(AnalysisSettings.FOLDED)
 *                 .fields("fr", f -> f.text(x -> x.analyzer(AnalysisSettings.FRENCH)))
 *                 .fields("en", f -> f.text(x -> x.analyzer(AnalysisSettings.ENGLISH)))))));
 * }</pre>
 */
public final class AnalysisSettings {

    public static final String FRENCH = "echanges_french";
    public static final String ENGLISH = "echanges_english";
    public static final String FOLDED = "echanges_folded";

    private static final String RESOURCE = "/elasticsearch/analysis.json";

    private AnalysisSettings() {
    }

    /** The settings as JSON: an object with one member, {@code analysis}. */
    public static String json() {
        try (InputStream in = AnalysisSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The settings, ready for a create-index request. */
    public static IndexSettings indexSettings() {
        return builder().build();
    }

    /** A builder holding the settings, to add others: {@code builder().numberOfReplicas("0").build()}. */
    public static IndexSettings.Builder builder() {
        return new IndexSettings.Builder().withJson(new StringReader(json()));
    }
}
