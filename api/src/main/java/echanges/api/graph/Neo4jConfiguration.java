package echanges.api.graph;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import echanges.api.EchangesProperties;
import echanges.platform.Graph;
import echanges.platform.Migrations;
import echanges.platform.Tags;

/** The graph: an external Neo4j when configured, otherwise the embedded one; migrations at start-up. */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    /** Absent (null) with an external server; Spring closes it after the driver. */
    @Bean
    EmbeddedNeo4jHolder embeddedNeo4j(EchangesProperties properties) {
        EchangesProperties.Neo4j neo4j = properties.neo4j();
        if (neo4j.external()) return new EmbeddedNeo4jHolder(null);
        return new EmbeddedNeo4jHolder(new EmbeddedNeo4j(properties.dataDir().resolve("neo4j"), neo4j.embeddedBoltPort(), neo4j.embeddedPageCache()));
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EchangesProperties properties, EmbeddedNeo4jHolder embedded) {
        EchangesProperties.Neo4j neo4j = properties.neo4j();
        if (embedded.server() != null) return GraphDatabase.driver(embedded.server().boltUri(), AuthTokens.none());
        AuthToken auth = neo4j.password() == null ? AuthTokens.none() : AuthTokens.basic(neo4j.username(), neo4j.password());
        Driver driver = GraphDatabase.driver(neo4j.uri(), auth);
        driver.verifyConnectivity();
        return driver;
    }

    /** The graph gateway, usable once the migrations have run. */
    @Bean
    Graph graph(Driver driver, EchangesProperties properties) {
        Graph graph = new Graph(driver, properties.neo4j().database());
        Migrations.fromClasspath(graph).apply();
        return graph;
    }

    @Bean
    Tags tags(Graph graph) {
        return new Tags(graph);
    }

    /** Holds the embedded server so that it is closed after the driver that uses it. */
    record EmbeddedNeo4jHolder(@org.jspecify.annotations.Nullable EmbeddedNeo4j server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) server.close();
        }
    }
}
