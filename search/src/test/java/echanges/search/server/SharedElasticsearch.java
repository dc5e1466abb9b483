package echanges.search.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One server for this module's tests, started on first use and stopped when the JVM exits. The
 * testing module's TestElasticsearch does the same for the other modules; it depends on this one,
 * so these tests cannot use it.
 */
public final class SharedElasticsearch {

    private static final LocalElasticsearch SERVER = start();

    private SharedElasticsearch() {
    }

    public static LocalElasticsearch server() {
        return SERVER;
    }

    private static LocalElasticsearch start() {
        String home = System.getProperty("echanges.elasticsearch.home");
        if (home == null)
            throw new IllegalStateException("set the system property echanges.elasticsearch.home (Maven does)");
        try {
            Path instance = Files.createTempDirectory("echanges-search-tests-");
            LocalElasticsearch server = LocalElasticsearch.of(LocalElasticsearch.Options.of(Path.of(home), instance)
                    // C1 only: starts a few seconds faster, and tests are short.
                    .withJvmOptions(List.of("-XX:TieredStopAtLevel=1")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                delete(instance);
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
