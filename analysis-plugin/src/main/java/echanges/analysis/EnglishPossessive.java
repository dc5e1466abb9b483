package echanges.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Removes the trailing "'s" of English possessives, so that "council's" matches "council". */
@NamedComponent("echanges_english_possessive")
public final class EnglishPossessive implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        return new EnglishPossessiveFilter(tokens);
    }
}
