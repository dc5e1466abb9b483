package echanges.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Lowercases every token, so that "Développeur" and "développeur" index alike. */
@NamedComponent("echanges_lowercase")
public final class Lowercasing implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        return new LowerCaseFilter(tokens);
    }

    /** Applies to the terms of wildcard, prefix and fuzzy queries too. */
    @Override
    public TokenStream normalize(TokenStream tokens) {
        return create(tokens);
    }
}
