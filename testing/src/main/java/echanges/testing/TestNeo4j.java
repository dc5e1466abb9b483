package echanges.testing;

import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import echanges.platform.Graph;
import echanges.platform.Migrations;

/**
 * A real Neo4j for tests, started once per test JVM with the project's migrations applied.
 * The harness's HTTP server stays off: its Jersey/javax stack clashes with Spring Boot's.
 */
public final class TestNeo4j {

    private static volatile TestNeo4j instance;

    private final Neo4j neo4j;
    private final Driver driver;
    private final Graph graph;

    private TestNeo4j() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        graph = new Graph(driver, "neo4j");
        Migrations.fromClasspath(graph).apply();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            driver.close();
            neo4j.close();
        }, "test-neo4j-stop"));
    }

    public static TestNeo4j get() {
        TestNeo4j result = instance;
        if (result == null) {
            synchronized (TestNeo4j.class) {
                result = instance;
                if (result == null) instance = result = new TestNeo4j();
            }
        }
        return result;
    }

    public String boltUri() {
        return neo4j.boltURI().toString();
    }

    public Driver driver() {
        return driver;
    }

    public Graph graph() {
        return graph;
    }

    /** Deletes every node but the migration records, so that a test starts from an empty graph. */
    public void clear() {
        graph.write(tx -> {
            tx.run("MATCH (n) WHERE NOT n:__Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", Map.of());
            return null;
        });
    }
}
