package echanges.search.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The directory one server owns, apart from the distribution it runs: its configuration (pointed to by
 * {@code ES_PATH_CONF}), data, logs and temporary files. The distribution stays read-only, so that
 * several servers can share it and a rebuild can replace it.
 */
record InstanceDirectory(Path root) {

    /** Files of the distribution's config/ that we write ourselves at every start. */
    private static final Set<String> GENERATED = Set.of("elasticsearch.yml", "jvm.options");

    InstanceDirectory {
        root = root.toAbsolutePath().normalize();
    }

    Path config() {
        return root.resolve("config");
    }

    Path data() {
        return root.resolve("data");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    /** What the server writes to stdout and stderr, start-up failures included. */
    Path consoleLog() {
        return logs().resolve("console.log");
    }

    /** Written by the server while it runs: how a later start finds one that outlived its owner. */
    Path pidFile() {
        return root.resolve("elasticsearch.pid");
    }

    /** Where the JVM writes a crash report: also in its command line, which identifies our server. */
    Path errorFile() {
        return logs().resolve("hs_err_pid%p.log");
    }

    /**
     * Creates the directories and writes the configuration. Data, the keystore and other files the
     * server created are kept, so that a server started again finds its indices.
     */
    void prepare(Path home, int httpPort, int transportPort, String heap, List<String> jvmOptions) {
        try {
            for (Path directory : List.of(config(), data(), logs(), tmp())) Files.createDirectories(directory);
            copyMissing(home.resolve("config"), config());
            Files.writeString(config().resolve("elasticsearch.yml"), elasticsearchYml(httpPort, transportPort));
            Files.write(config().resolve("jvm.options"), jvmOptions(heap, jvmOptions));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Elasticsearch instance directory " + root, e);
        }
    }

    private String elasticsearchYml(int httpPort, int transportPort) {
        return """
                # Written by echanges.search.server.LocalElasticsearch at each start: edits are lost.
                cluster.name: echanges
                node.name: echanges
                path.data: %s
                path.logs: %s
                # Loopback only: the server has no security, so nothing but this machine may reach it.
                network.host: 127.0.0.1
                http.port: %d
                transport.port: %d
                # One node that elects itself; also skips the production bootstrap checks.
                discovery.type: single-node
                # No users, no TLS: and no auto-configuration of either on the first start.
                xpack.security.enabled: false
                # A developer's nearly full disk must not turn our indices read-only.
                cluster.routing.allocation.disk.threshold_enabled: false
                # Nothing else to switch off for a quick start: this distribution has no machine
                # learning, watcher, geoip or ingest modules.
                """.formatted(quoted(data()), quoted(logs()), httpPort, transportPort);
    }

    private List<String> jvmOptions(String heap, List<String> extra) {
        // Replaces the distribution's jvm.options, whose GC log path is relative to the working
        // directory. The launcher adds its own system options (entitlements, module path) to these.
        return Stream.concat(Stream.of(
                        "-Xms" + heap,
                        "-Xmx" + heap,
                        "-XX:+UseG1GC",
                        "-Djava.io.tmpdir=${ES_TMPDIR}",
                        "20-:--add-modules=jdk.incubator.vector",
                        "-Dorg.apache.lucene.store.MMapDirectory.sharedArenaMaxPermits=1",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-XX:ErrorFile=" + errorFile()),
                extra.stream()).toList();
    }

    private static void copyMissing(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path relative = from.relativize(source);
                if (GENERATED.contains(relative.toString())) continue;
                Path target = to.resolve(relative.toString());
                try {
                    if (Files.isDirectory(source)) Files.createDirectories(target);
                    else Files.copy(source, target);
                } catch (FileAlreadyExistsException kept) {
                    // Copied by an earlier start, or changed since by the server: keep it.
                }
            }
        }
    }

    private static String quoted(Path path) {
        return '"' + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
