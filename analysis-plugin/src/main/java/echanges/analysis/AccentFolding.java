package echanges.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Folds letters to their ASCII form ("é" to "e", "œ" to "oe"): people type French without accents
 * as often as with them.
 */
@NamedComponent("echanges_folding")
public final class AccentFolding implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        return new ASCIIFoldingFilter(tokens);
    }

    /** Applies to the terms of wildcard, prefix and fuzzy queries too. */
    @Override
    public TokenStream normalize(TokenStream tokens) {
        return create(tokens);
    }
}
