package echanges.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Reduces French words to a stem, so that "développeurs" matches "développeur" and "librairies"
 * matches "librairie". The light stemmer (Savoy) is the one Elasticsearch's own french analyzer
 * uses: it handles plurals and common suffixes without the over-stemming of the Snowball one.
 * Expects lowercase input.
 */
@NamedComponent("echanges_french_stemmer")
public final class FrenchStemming implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        return new FrenchLightStemFilter(tokens);
    }
}
