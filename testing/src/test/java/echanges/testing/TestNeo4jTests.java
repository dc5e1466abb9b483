package echanges.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TestNeo4jTests {

    @Test
    void shouldApplyMigrationsOnceAndAnswerCypher() {
        TestNeo4j neo4j = TestNeo4j.get();

        long migrations = neo4j.graph().read(tx -> tx.single("MATCH (m:__Migration) RETURN count(m) AS n", Map.of())).get("n").asLong();

        assertThat(migrations).isGreaterThanOrEqualTo(1);
        assertThat(echanges.platform.Migrations.fromClasspath(neo4j.graph()).apply()).isZero();
    }
}
