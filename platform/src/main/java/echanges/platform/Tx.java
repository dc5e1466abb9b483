package echanges.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/** A transaction in progress: parameterised Cypher only, each statement one counted round trip. */
public final class Tx {

    private final TransactionContext tx;
    private final LongAdder statements;

    Tx(TransactionContext tx, LongAdder statements) {
        this.tx = tx;
        this.statements = statements;
    }

    public List<Record> list(String cypher, Map<String, ?> parameters) {
        statements.increment();
        return tx.run(cypher, asObjects(parameters)).list();
    }

    public Optional<Record> optional(String cypher, Map<String, ?> parameters) {
        List<Record> records = list(cypher, parameters);
        if (records.size() > 1) throw new IllegalStateException("expected at most one row, got " + records.size() + " from " + cypher);
        return records.stream().findFirst();
    }

    public Record single(String cypher, Map<String, ?> parameters) {
        return optional(cypher, parameters)
                .orElseThrow(() -> new IllegalStateException("expected one row, got none from " + cypher));
    }

    /** Parameters by name and value, in pairs; unlike {@code Map.of} it accepts null values. */
    public static Map<String, Object> params(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("parameters come in name/value pairs");
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObjects(Map<String, ?> parameters) {
        return (Map<String, Object>) parameters;
    }

    public void run(String cypher, Map<String, ?> parameters) {
        statements.increment();
        tx.run(cypher, asObjects(parameters)).consume();
    }
}
