package echanges.api.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import echanges.api.EchangesProperties;
import echanges.api.PeriodicJob;
import echanges.accounts.AccountsSearch;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.SearchDocumentSource;
import echanges.search.Consistency;
import echanges.search.OutboxDrain;
import echanges.search.SavedSearches;
import echanges.search.Search;
import echanges.search.SearchIndexes;
import echanges.search.server.ElasticsearchClients;
import echanges.search.server.LocalElasticsearch;

/** Search: an external Elasticsearch when configured, otherwise the managed local one. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    /** The local server of the embedded default, or null with an external one. */
    @Bean
    LocalServer localElasticsearch(EchangesProperties properties) {
        EchangesProperties.Elasticsearch es = properties.elasticsearch();
        if (es.external()) return new LocalServer(null);
        LocalElasticsearch server = LocalElasticsearch.of(LocalElasticsearch.Options
                .of(es.home().toAbsolutePath(), properties.dataDir().resolve("elasticsearch").toAbsolutePath())
                .withHttpPort(es.embeddedPort()).withHeap(es.embeddedHeap()));
        // Elasticsearch starts beside Neo4j rather than after it: the drain waits for it, and a
        // search before it answers gets SERVICE_UNAVAILABLE.
        Thread.ofPlatform().name("elasticsearch-start").daemon().start(() -> {
            try {
                server.start();
            } catch (RuntimeException e) {
                log.error("The local Elasticsearch did not start; search stays unavailable and writes wait in the outbox", e);
            }
        });
        return new LocalServer(server);
    }

    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(EchangesProperties properties, LocalServer local) {
        URI uri = local.server() != null ? local.server().uri() : URI.create(properties.elasticsearch().uri());
        return ElasticsearchClients.of(uri);
    }

    @Bean
    Search search(ElasticsearchClient client) {
        return new Search(client);
    }

    @Bean
    AccountsSearch accountsSearch(Graph graph, Clock clock) {
        return new AccountsSearch(graph, clock);
    }

    @Bean
    SearchDocumentSource supplierDocuments(AccountsSearch accounts) {
        return accounts.suppliers();
    }

    @Bean
    SearchDocumentSource bodyDocuments(AccountsSearch accounts) {
        return accounts.bodies();
    }

    @Bean
    SearchDocumentSource personDocuments(AccountsSearch accounts) {
        return accounts.people();
    }

    @Bean
    SearchIndexes searchIndexes(ElasticsearchClient client, List<SearchDocumentSource> sources) {
        return new SearchIndexes(client, sources);
    }

    @Bean
    SavedSearches savedSearches(Graph graph, Clock clock, EventBus events, SearchIndexes indexes) {
        return new SavedSearches(graph, clock, events, indexes.types());
    }

    @Bean
    Consistency searchConsistency(SearchIndexes indexes) {
        return new Consistency(indexes);
    }

    @Bean
    OutboxDrain outboxDrain(Outbox outbox, SearchIndexes indexes, Clock clock, SavedSearches savedSearches) {
        return new OutboxDrain(outbox, indexes, clock, savedSearches);
    }

    /**
     * Compares graph and indexes and repairs drift, every interval: what no outbox entry says (a
     * suspension that ended, a write that lost a race with a delete) is caught here.
     */
    @Bean
    PeriodicJob searchRepair(OutboxDrain drain, Consistency consistency,
                             @Value("${echanges.elasticsearch.consistency-interval:10m}") Duration interval) {
        return new PeriodicJob("search-repair", interval, () -> {
            if (!drain.prepared()) return;
            try {
                Consistency.Report report = consistency.checkAndRepair();
                if (report.repaired() > 0) log.info("Search consistency: repaired {} documents", report.repaired());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Drains the search outbox into Elasticsearch, every interval. */
    @Bean
    PeriodicJob searchSync(OutboxDrain drain, EchangesProperties properties) {
        return new PeriodicJob("search-sync", properties.elasticsearch().drainInterval(), drain::drain);
    }

    /** Closed after the client: stops the child process with the application. */
    record LocalServer(@Nullable LocalElasticsearch server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) server.close();
        }
    }
}
