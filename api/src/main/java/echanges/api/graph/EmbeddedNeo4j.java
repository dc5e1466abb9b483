package echanges.api.graph;

import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Community inside the application's JVM, for the embedded default. It listens for Bolt
 * on loopback only, so the application talks to it with the same driver it would use for an
 * external server, and developers can point Neo4j tools at it while it runs.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final int boltPort;

    EmbeddedNeo4j(Path home, int boltPort, String pageCache) {
        this.boltPort = boltPort;
        long started = System.nanoTime();
        this.service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
                .build();
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if the store cannot start
        log.info("Embedded Neo4j started in {} ms, data in {}, Bolt on 127.0.0.1:{}",
                (System.nanoTime() - started) / 1_000_000, home.toAbsolutePath(), boltPort);
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        service.shutdown();
    }

    static long parseBytes(String size) {
        String s = size.strip().toLowerCase(java.util.Locale.ROOT);
        long n = Long.parseLong(s.replaceAll("[^0-9]", ""));
        if (s.endsWith("g")) return ByteUnit.gibiBytes(n);
        if (s.endsWith("m")) return ByteUnit.mebiBytes(n);
        if (s.endsWith("k")) return ByteUnit.kibiBytes(n);
        return n;
    }
}
