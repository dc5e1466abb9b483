package echanges.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import echanges.accounts.Accounts;
import echanges.accounts.MembershipRole;
import echanges.platform.GlobalId;
import echanges.testing.TestElasticsearch;

/**
 * The embedded default loads the demo data into its empty graph, and keeps everything across a
 * restart: the graph in its data directory and the generated signing key beside it, so that
 * accounts, challenges and issued tokens survive, and the demo data is not loaded twice.
 */
class RestartTests {

    private static final String COUNTS = "{ publicBodies { totalCount } challenges { totalCount } threads { totalCount } }";

    @Test
    void shouldKeepDataAndTokensAcrossAnApplicationRestart() throws IOException {
        Path dataDir = Files.createTempDirectory("echanges-restart");
        int boltPort = freePort();
        String token;
        String challengeId;

        try (ConfigurableApplicationContext first = start(dataDir, boltPort)) {
            HttpGraphQlTester graphql = tester(first);
            graphql.document(COUNTS).execute()
                    .path("publicBodies.totalCount").entity(Integer.class).isEqualTo(3)
                    .path("challenges.totalCount").entity(Integer.class).isEqualTo(10)
                    .path("threads.totalCount").entity(Integer.class).isEqualTo(7);
            token = graphql.document("""
                    mutation { register(input: {email: "marie@ville.example", password: "un mot de passe solide", handle: "marie", displayName: "Marie"}) { token person { id } } }
                    """).execute().path("register.token").entity(String.class).get();
            Accounts accounts = first.getBean(Accounts.class);
            String personId = accounts.personByHandle("marie").orElseThrow().id();
            String bodyId = accounts.createPublicBody("Ville de Laval", "QC").id();
            accounts.grant(personId, bodyId, MembershipRole.OFFICER);
            challengeId = graphql.mutate().headers(h -> h.setBearerAuth(token)).build().documentName("createChallenge")
                    .variable("input", Map.of("bodyId", GlobalId.encode("PublicBody", bodyId), "title", "Défi persistant",
                            "description", "Il survit au redémarrage.", "language", "FR", "budgetCeiling", "20000.00",
                            "closesAt", Instant.now().plus(Duration.ofDays(30)).toString()))
                    .execute().path("createChallenge.challenge.id").entity(String.class).get();
        }

        try (ConfigurableApplicationContext second = start(dataDir, boltPort)) {
            HttpGraphQlTester graphql = tester(second);
            HttpGraphQlTester signedIn = graphql.mutate().headers(h -> h.setBearerAuth(token)).build();

            graphql.document(COUNTS).execute() // the demo data is loaded once, into an empty graph only
                    .path("publicBodies.totalCount").entity(Integer.class).isEqualTo(4)
                    .path("challenges.totalCount").entity(Integer.class).isEqualTo(10)
                    .path("threads.totalCount").entity(Integer.class).isEqualTo(7);

            signedIn.document("{ me { handle memberships { role organization { ... on PublicBody { name } } } } }").execute()
                    .path("me.handle").entity(String.class).isEqualTo("marie")
                    .path("me.memberships[0].organization.name").entity(String.class).isEqualTo("Ville de Laval");
            signedIn.document("query($id: ID!) { node(id: $id) { ... on Challenge { title status } } }").variable("id", challengeId).execute()
                    .path("node.title").entity(String.class).isEqualTo("Défi persistant");
            graphql.documentName("signIn").variable("email", "marie@ville.example").variable("password", "un mot de passe solide")
                    .execute().path("signIn.person.handle").entity(String.class).isEqualTo("marie");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, int boltPort) {
        // Command-line arguments, not default properties: application.yml must not override them.
        return new SpringApplicationBuilder(EchangesApplication.class).run(
                "--server.port=0",
                "--echanges.data-dir=" + dataDir,
                "--echanges.neo4j.embedded-bolt-port=" + boltPort,
                "--echanges.neo4j.embedded-page-cache=32m",
                "--echanges.elasticsearch.uri=" + TestElasticsearch.get().uri());
    }

    private static HttpGraphQlTester tester(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
