package echanges.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Versioned schema migrations, in the manner of neo4j-migrations: files named
 * {@code neo4j/migrations/V0001__What_it_does.cypher} on the classpath of any module, applied
 * once each in version order and recorded in the graph with a checksum, so that an edited
 * migration is refused instead of silently diverging.
 *
 * <p>Why our own: neo4j-migrations' parent POM is missing from the Maven Central we reach, so
 * the library cannot be resolved. Statements are idempotent ({@code IF NOT EXISTS}), which keeps
 * two nodes starting at once harmless, and each runs in its own transaction because Neo4j does
 * not mix schema and data changes in one.
 */
public final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final Pattern FILE = Pattern.compile("V(\\d{4})__([A-Za-z0-9_]+)\\.cypher");

    private static final String APPLIED = """
            MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum
            """;
    private static final String RECORD = """
            MERGE (m:__Migration {version: $version})
            ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
            """;

    /** One migration file. */
    public record Migration(int version, String description, String cypher) {
        List<String> statements() {
            return Arrays.stream(cypher.split(";\\s*(\\n|$)"))
                    .map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b).strip())
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        String checksum() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cypher.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }

    private final Graph graph;
    private final List<Migration> migrations;

    public Migrations(Graph graph, List<Migration> migrations) {
        this.graph = graph;
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        for (int i = 1; i < this.migrations.size(); i++)
            if (this.migrations.get(i).version() == this.migrations.get(i - 1).version())
                throw new IllegalStateException("two migrations share version " + this.migrations.get(i).version());
    }

    /** Every {@code neo4j/migrations/V*.cypher} on the classpath, from all modules. */
    public static Migrations fromClasspath(Graph graph) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:neo4j/migrations/V*.cypher");
            return new Migrations(graph, Arrays.stream(resources).map(Migrations::read).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the Neo4j migrations", e);
        }
    }

    private static Migration read(Resource resource) {
        Matcher name = FILE.matcher(String.valueOf(resource.getFilename()));
        if (!name.matches()) throw new IllegalStateException("a migration is named V0001__Description.cypher, not " + resource.getFilename());
        try {
            return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
                    resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Applies the migrations not yet applied; returns how many it applied. */
    public int apply() {
        Map<Integer, String> applied = new HashMap<>();
        for (Record r : graph.read(tx -> tx.list(APPLIED, Map.of())))
            applied.put(r.get("version").asInt(), r.get("checksum").asString());
        int count = 0;
        for (Migration migration : migrations) {
            String known = applied.get(migration.version());
            if (known != null) {
                if (!known.equals(migration.checksum()))
                    throw new IllegalStateException("migration V" + migration.version() + " was changed after it was applied; add a new one instead");
                continue;
            }
            for (String statement : migration.statements()) graph.write(tx -> { tx.run(statement, Map.of()); return null; });
            graph.write(tx -> {
                tx.run(RECORD, Map.of("version", migration.version(), "description", migration.description(), "checksum", migration.checksum()));
                return null;
            });
            log.info("Applied Neo4j migration V{} {}", migration.version(), migration.description());
            count++;
        }
        return count;
    }
}
