package echanges.search.server;

import java.net.URI;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * Builds Elasticsearch clients by hand. Spring Boot 4's auto-configuration targets the 9.x client
 * and server; ours are 8.19, so we do not rely on it.
 *
 * <p>Close a client when done: {@link ElasticsearchClient#close()} closes its transport, which
 * closes the HTTP connections and their I/O threads.
 *
 * <p>Check that the server is up with {@code client.cluster().health()}, not {@code client.info()}:
 * our bare distribution answers {@code GET /} with 405.
 */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    /** A client mapping documents with a default Jackson 2 object mapper. */
    public static ElasticsearchClient of(URI uri) {
        return of(uri, new JacksonJsonpMapper());
    }

    /** A client mapping documents with the given mapper (one that knows java.time, for example). */
    public static ElasticsearchClient of(URI uri, JsonpMapper mapper) {
        int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
        RestClient http = RestClient.builder(new HttpHost(uri.getHost(), port, uri.getScheme())).build();
        return new ElasticsearchClient(new RestClientTransport(http, mapper));
    }
}
