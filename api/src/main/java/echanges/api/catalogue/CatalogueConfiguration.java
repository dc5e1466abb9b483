package echanges.api.catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import echanges.catalogue.Components;
import echanges.catalogue.Reuse;
import echanges.catalogue.reuse.TextSimilarity;
import echanges.procurement.Challenges;
import echanges.search.MoreLikeThis;

/**
 * Reuse before you buy: the catalogue ranks, the search module finds similar texts. The catalogue
 * does not depend on search, so the two meet here.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    MoreLikeThis moreLikeThis(ElasticsearchClient client) {
        return new MoreLikeThis(client);
    }

    @Bean
    TextSimilarity textSimilarity(MoreLikeThis moreLikeThis) {
        return (likeText, types, size) -> moreLikeThis.likeText(likeText, types, size).stream()
                .map(h -> new TextSimilarity.Hit(h.type(), h.id(), h.score())).toList();
    }

    @Bean
    Reuse reuse(Components components, Challenges challenges, TextSimilarity textSimilarity) {
        return new Reuse(components, challenges, textSimilarity);
    }
}
