package echanges.search.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An Elasticsearch server run as a child process, for development and tests: single node, loopback
 * only, no security, a small heap.
 *
 * <p>It runs the distribution in {@link Options#home()} (read only, shareable) with its own
 * configuration, data and logs in {@link Options#instance()}. The server's output goes to
 * {@code logs/console.log} there, not to our stdout. {@link #stop()} keeps the data, so that
 * {@link #start()} on the same instance finds its indices again; the HTTP port stays the same too,
 * so clients built from {@link #uri()} keep working across a restart.
 *
 * <p>The server never outlives us: a shutdown hook stops it, and if our JVM is killed outright, the
 * launcher sees its standard input close and stops the server.
 *
 * <p>The distribution is the integ-test zip from Maven Central, which has no bundled JDK: the server
 * runs on the JDK running us. When we are root, it runs as the {@code echanges-es} system user, since
 * Elasticsearch refuses root.
 */
public final class LocalElasticsearch implements AutoCloseable {

    /**
     * Starts the server, stops it on our stdin's end of file or on SIGTERM, and waits for it. $1 is
     * bin/elasticsearch (run through bash: an unzip may drop its execute bit), $2 the pid file. A
     * background job reads /dev/null unless redirected, so the server never sees our pipe; the
     * watcher gets it through fd 3.
     */
    private static final String LAUNCHER = """
            exec 3<&0
            bash "$1" -p "$2" &
            server=$!
            trap 'kill -TERM "$server" 2>/dev/null' TERM INT HUP
            ( while read -r _; do :; done; kill -TERM "$server" 2>/dev/null ) <&3 &
            watcher=$!
            exec 3<&-
            while :; do
              wait "$server"; status=$?
              kill -0 "$server" 2>/dev/null || break
            done
            kill "$watcher" 2>/dev/null
            exit "$status"
            """;

    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final String START_MARKER = "--- starting Elasticsearch";
    private static final Pattern HEAP = Pattern.compile("\\d+[kmg]");

    /**
     * How to run the server.
     *
     * @param home        the unpacked distribution, with our analysis plugin installed
     * @param instance    the directory for this server's config, data, logs and temporary files
     * @param httpPort    the HTTP port on 127.0.0.1, or 0 for a free one chosen once
     * @param heap        the JVM heap, as in {@code -Xmx}: {@code 256m}
     * @param jvmOptions  more options for the server's JVM
     * @param startTimeout how long {@link #start()} waits for the cluster to be at least yellow
     */
    public record Options(Path home, Path instance, int httpPort, String heap, List<String> jvmOptions,
                          Duration startTimeout) {

        public Options {
            home = home.toAbsolutePath().normalize();
            instance = instance.toAbsolutePath().normalize();
            if (httpPort < 0 || httpPort > 65535)
                throw new IllegalArgumentException("a port is between 0 and 65535, was " + httpPort);
            if (!HEAP.matcher(heap).matches())
                throw new IllegalArgumentException("a heap size is a number and k, m or g, was " + heap);
            jvmOptions = List.copyOf(jvmOptions);
            if (startTimeout.isNegative() || startTimeout.isZero())
                throw new IllegalArgumentException("a start timeout is positive, was " + startTimeout);
        }

        /** A free port, 256 MB of heap, two minutes to start: enough on a loaded two-core machine. */
        public static Options of(Path home, Path instance) {
            return new Options(home, instance, 0, "256m", List.of(), Duration.ofMinutes(2));
        }

        public Options withHttpPort(int httpPort) {
            return new Options(home, instance, httpPort, heap, jvmOptions, startTimeout);
        }

        public Options withHeap(String heap) {
            return new Options(home, instance, httpPort, heap, jvmOptions, startTimeout);
        }

        public Options withJvmOptions(List<String> jvmOptions) {
            return new Options(home, instance, httpPort, heap, jvmOptions, startTimeout);
        }

        public Options withStartTimeout(Duration startTimeout) {
            return new Options(home, instance, httpPort, heap, jvmOptions, startTimeout);
        }
    }

    private final Options options;
    private final InstanceDirectory instance;
    private final int httpPort;
    private final int transportPort;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private @Nullable Process process;
    private @Nullable OutputStream lifeline;
    private @Nullable Thread shutdownHook;

    private LocalElasticsearch(Options options) {
        this.options = options;
        this.instance = new InstanceDirectory(options.instance());
        this.httpPort = options.httpPort() == 0 ? freePort(-1) : options.httpPort();
        this.transportPort = freePort(httpPort);
    }

    public static LocalElasticsearch of(Options options) {
        return new LocalElasticsearch(options);
    }

    public static LocalElasticsearch of(Path home, Path instance) {
        return of(Options.of(home, instance));
    }

    /** The HTTP address, the same before, during and after a run. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public Path instance() {
        return instance.root();
    }

    /** The server's console output: the first place to look when it fails. */
    public Path log() {
        return instance.consoleLog();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the server and waits until the cluster is at least yellow, that is, every primary shard
     * is ready; does nothing if it runs already.
     *
     * @throws IllegalStateException if it does not become ready in time, with the end of its log
     */
    public synchronized void start() {
        if (isRunning()) return;
        stop(); // a server that died on its own leaves its launcher's pipe open
        checkDistribution();
        instance.prepare(options.home(), httpPort, transportPort, options.heap(), options.jvmOptions());
        stopLeftover();
        ServerAccount account = ServerAccount.ifRoot();
        if (account != null) {
            account.own(instance.root());
            account.checkAccess(options.home(), instance.root());
        }
        launch(account);
        if (shutdownHook == null) {
            shutdownHook = Thread.ofPlatform().name("elasticsearch-shutdown").unstarted(this::stop);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        awaitReady();
    }

    /**
     * Stops the server gracefully (SIGTERM, then up to 30 seconds), or kills it; keeps its data. Does
     * nothing if it is not running.
     */
    public synchronized void stop() {
        Process running = process;
        if (running == null) return;
        // Taken now: once the launcher exits, its children are no longer its descendants.
        List<ProcessHandle> tree = running.descendants().toList();
        try {
            // Closing the launcher's stdin asks it to stop the server; so does SIGTERM.
            closeLifeline();
            running.destroy();
            if (!running.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            // The launcher waits for the server, so this finds nothing unless something went wrong.
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void checkDistribution() {
        if (!Files.isRegularFile(options.home().resolve("bin/elasticsearch")))
            throw new IllegalStateException("no Elasticsearch distribution in " + options.home()
                    + ": the search module's build unpacks it there (./mvnw -pl search -am process-test-resources)");
        if (!Files.isDirectory(options.home().resolve("plugins/echanges-analysis")))
            throw new IllegalStateException("the Elasticsearch distribution in " + options.home()
                    + " lacks the echanges-analysis plugin: build the search module again");
    }

    private void launch(@Nullable ServerAccount account) {
        List<String> command = List.of("bash", "-c", LAUNCHER, "elasticsearch-launcher",
                options.home().resolve("bin/elasticsearch").toString(), instance.pidFile().toString());
        ProcessBuilder builder = new ProcessBuilder(account == null ? command : account.runAs(command))
                .directory(instance.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.consoleLog().toFile()));
        Map<String, String> environment = builder.environment();
        // No bundled JDK in this distribution: run on ours, a JDK 25 like the build's.
        environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
        environment.put("ES_PATH_CONF", instance.config().toString());
        environment.put("ES_TMPDIR", instance.tmp().toString());
        // Our own JVM settings must not leak into the server's (the launcher warns about these).
        List.of("JAVA_HOME", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "ES_JAVA_OPTS",
                "CLASSPATH").forEach(environment::remove);
        // The launcher leaves a final-flags* directory in its temporary directory at every start:
        // keep those in the instance rather than in /tmp.
        environment.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + instance.tmp());
        if (account != null) environment.put("HOME", instance.tmp().toString());
        try {
            Files.writeString(instance.consoleLog(), START_MARKER + " at " + Instant.now() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = builder.start();
            lifeline = process.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch Elasticsearch from " + options.home(), e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(options.startTimeout());
        HttpRequest health = HttpRequest.newBuilder(
                        uri().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(deadline)) {
            Process running = process;
            if (running == null || !running.isAlive())
                throw failed("Elasticsearch exited during start"
                        + (running == null ? "" : " with status " + running.exitValue()));
            try {
                // Cluster health, not GET /: this distribution answers 405 there (and to the client's info()).
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) return;
            } catch (IOException notYet) {
                // Not listening yet, or not answering yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while Elasticsearch was starting", e);
            }
            pause();
        }
        throw failed("Elasticsearch was not ready on " + uri() + " within " + options.startTimeout());
    }

    private IllegalStateException failed(String what) {
        stop();
        return new IllegalStateException(what + "; the end of " + log() + ":\n" + tail(log(), 40));
    }

    /**
     * Stops a server that a killed JVM left on this instance: it would hold the data directory's lock
     * and the ports. The pid file alone could name a recycled pid, so the command line must name our
     * instance too.
     */
    private void stopLeftover() {
        Optional<ProcessHandle> leftover = readPid().flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine()
                        .map(line -> line.contains("-XX:ErrorFile=" + instance.errorFile()))
                        .orElse(false));
        leftover.ifPresent(handle -> {
            handle.destroy();
            try {
                handle.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception stillThere) {
                handle.destroyForcibly();
            }
        });
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(instance.pidFile()).strip()));
        } catch (IOException | NumberFormatException none) {
            return Optional.empty();
        }
    }

    private void closeLifeline() {
        OutputStream stream = lifeline;
        lifeline = null;
        if (stream == null) return;
        try {
            stream.close();
        } catch (IOException alreadyClosed) {
            // The launcher has gone: nothing to tell it.
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port free now on the loopback interface; the server binds it a few seconds later. */
    private static int freePort(int other) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (socket.getLocalPort() != other) return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot find a free port", e);
            }
        }
        throw new IllegalStateException("cannot find a free port other than " + other);
    }

    /**
     * The end of what the server wrote since its last start, without stack frames: the cause of a
     * failed start is one line above a long trace.
     */
    static String tail(Path file, int lines) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - 256 * 1024);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int lastStart = text.lastIndexOf(START_MARKER);
            List<String> messages = text.substring(Math.max(0, lastStart)).lines()
                    .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                    .toList();
            return String.join("\n", messages.subList(Math.max(0, messages.size() - lines), messages.size()));
        } catch (IOException e) {
            return "(cannot read it: " + e.getMessage() + ")";
        }
    }
}
