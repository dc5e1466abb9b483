package echanges.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's settings (prefix {@code echanges}); each can be set from the environment, e.g.
 * {@code ECHANGES_NEO4J_URI}. Without a Neo4j URI or an Elasticsearch URI the platform runs the
 * embedded default: both servers start locally with their data under {@code dataDir}.
 */
@ConfigurationProperties("echanges")
public record EchangesProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue Security security,
        @DefaultValue Demo demo,
        @DefaultValue Cors cors) {

    /** An external Neo4j when {@code uri} is set; otherwise embedded, Bolt on loopback at {@code embeddedBoltPort}. */
    public record Neo4j(@Nullable String uri, @DefaultValue("neo4j") String username, @Nullable String password,
                        @DefaultValue("neo4j") String database, @DefaultValue("7687") int embeddedBoltPort,
                        @DefaultValue("128m") String embeddedPageCache) {
        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }

    /** An external Elasticsearch when {@code uri} is set; otherwise the distribution at {@code home} as a child process. */
    public record Elasticsearch(@Nullable String uri, @DefaultValue("search/target/elasticsearch-8.19.21") Path home,
                                @DefaultValue("9200") int embeddedPort, @DefaultValue("256m") String embeddedHeap,
                                @DefaultValue("250ms") Duration drainInterval) {
        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * {@code jwtSecret}: base64, at least 32 bytes; required with external servers. The embedded
     * default generates one on first start and keeps it in the data directory.
     */
    public record Security(@Nullable String jwtSecret, @DefaultValue("12h") Duration tokenLifetime) {
    }

    /** Demo data is loaded into an empty database when enabled. */
    public record Demo(@DefaultValue("true") boolean enabled) {
    }

    /** Origins of frontend apps allowed to call the API from a browser. */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }
}
