package echanges.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import echanges.search.server.ElasticsearchClients;
import echanges.search.server.LocalElasticsearch;

/**
 * A real Elasticsearch for tests, started once per test JVM from the distribution the search module's
 * build prepares (system property {@code echanges.elasticsearch.home}, which Maven sets), with its
 * data in a temporary directory deleted at exit.
 *
 * <p>{@link #stop()} and {@link #start()} simulate an outage: the data and the port survive, so
 * {@link #uri()} and {@link #client()} work again after the restart.
 */
public final class TestElasticsearch {

    private static volatile @Nullable TestElasticsearch instance;

    private final LocalElasticsearch server;
    private final ElasticsearchClient client;

    private TestElasticsearch() {
        String home = System.getProperty("echanges.elasticsearch.home");
        if (home == null)
            throw new IllegalStateException("the system property echanges.elasticsearch.home names no Elasticsearch "
                    + "distribution: run the tests through Maven, or set it to search/target/elasticsearch-<version>");
        // Under /tmp, which every user may enter: as root, the server runs as a system user.
        Path directory = temporaryDirectory();
        server = LocalElasticsearch.of(LocalElasticsearch.Options.of(Path.of(home), directory)
                // C1 only: the server starts in about half the time, and tests index little.
                .withJvmOptions(List.of("-XX:TieredStopAtLevel=1")));
        client = ElasticsearchClients.of(server.uri());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close(client);
            server.stop();
            delete(directory);
        }, "test-elasticsearch-stop"));
        server.start();
    }

    public static TestElasticsearch get() {
        TestElasticsearch result = instance;
        if (result == null) {
            synchronized (TestElasticsearch.class) {
                result = instance;
                if (result == null) instance = result = new TestElasticsearch();
            }
        }
        return result;
    }

    public URI uri() {
        return server.uri();
    }

    /** A client for the whole test JVM: do not close it. */
    public ElasticsearchClient client() {
        return client;
    }

    /** Stops the server, keeping its data; for tests of what happens while it is down. */
    public void stop() {
        server.stop();
    }

    /** Starts the server again after {@link #stop()}, and waits until it is ready. */
    public void start() {
        server.start();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("echanges-test-elasticsearch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(ElasticsearchClient client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // Exiting anyway.
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory: the system cleans it eventually.
        }
    }
}
