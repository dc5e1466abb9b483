package echanges.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Removes elided articles and pronouns ("l'", "d'", "qu'", "jusqu'"…), with either apostrophe, so
 * that "l'application" matches "application". The standard tokenizer keeps "l'application" as one
 * token, hence this filter.
 */
@NamedComponent("echanges_french_elision")
public final class FrenchElision implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        // Lucene's list ignores case, so this filter may run before lowercasing.
        return new ElisionFilter(tokens, FrenchAnalyzer.DEFAULT_ARTICLES);
    }

    /** Applies to the terms of wildcard, prefix and fuzzy queries too. */
    @Override
    public TokenStream normalize(TokenStream tokens) {
        return create(tokens);
    }
}
