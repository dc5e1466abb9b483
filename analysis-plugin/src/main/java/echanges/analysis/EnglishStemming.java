package echanges.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Reduces English words to a stem with the Porter algorithm, so that "libraries" and "library" both
 * become "librari". Porter is what Elasticsearch's own english analyzer uses; the lighter KStem and
 * minimal stemmers leave more inflections apart ("integration" and "integrated", for example).
 * Expects lowercase input.
 */
@NamedComponent("echanges_english_stemmer")
public final class EnglishStemming implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        return new PorterStemFilter(tokens);
    }
}
