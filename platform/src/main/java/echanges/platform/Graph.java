package echanges.platform;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The one gateway to Neo4j. Work runs in a managed transaction (retried by the driver on
 * transient failures, so the work must only touch the graph), and every Cypher statement is
 * counted, which lets tests prove that a nested query costs a constant number of round trips.
 */
public final class Graph {

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final LongAdder statements = new LongAdder();

    public Graph(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
    }

    public <T> T read(Function<Tx, T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> work.apply(new Tx(tx, statements)));
        }
    }

    public <T> T write(Function<Tx, T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> work.apply(new Tx(tx, statements)));
        }
    }

    /** How many Cypher statements ran since start; a measure, not a limit. */
    public long statementCount() {
        return statements.sum();
    }

    public Driver driver() {
        return driver;
    }
}
