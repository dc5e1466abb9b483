package echanges.api;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import echanges.accounts.Accounts;
import echanges.accounts.MembershipRole;
import echanges.accounts.Person;
import echanges.accounts.PublicBody;
import echanges.accounts.Registration;
import echanges.accounts.Supplier;
import echanges.api.security.Tokens;
import echanges.platform.GlobalId;
import echanges.testing.TestElasticsearch;
import echanges.platform.SteppingClock;
import echanges.testing.TestNeo4j;
import reactor.core.publisher.Mono;

/**
 * The application on a random port against the real Neo4j (harness) and the real Elasticsearch,
 * both started once per test JVM; every test class shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTest.Clocks.class)
public abstract class ApiTest {

    /**
     * A clock that moves a minute at each reading, so that tests writing many posts are not held
     * back by the posting limits of new accounts (the forum module tests those limits).
     */
    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SteppingClock testClock() {
            return new SteppingClock(Instant.now(), Duration.ofMinutes(1));
        }
    }

    private static final String SECRET = secret();
    protected static final String ALLOWED_ORIGIN = "https://app.echanges.example";

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        registry.add("echanges.neo4j.uri", () -> TestNeo4j.get().boltUri());
        registry.add("echanges.elasticsearch.uri", () -> TestElasticsearch.get().uri().toString());
        registry.add("echanges.security.jwt-secret", () -> SECRET);
        registry.add("echanges.demo.enabled", () -> "false");
        registry.add("echanges.cors.allowed-origins", () -> ALLOWED_ORIGIN);
        registry.add("echanges.elasticsearch.drain-interval", () -> "100ms");
        Path dataDir = Files.createTempDirectory("echanges-api-test");
        registry.add("echanges.data-dir", dataDir::toString);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected Accounts accounts;

    @Autowired
    protected Tokens tokens;

    @Autowired
    protected SteppingClock clock;

    protected HttpGraphQlTester graphql;

    @BeforeEach
    void connect() {
        // Tests may move the shared clock (to close a challenge); each starts again from the real time.
        clock.set(Instant.now());
        // A generous timeout: on a loaded 2-core CI machine a write can take more than the default 5 s.
        graphql = HttpGraphQlTester.builder(WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30)).baseUrl("http://localhost:" + port + "/graphql"))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    protected HttpGraphQlTester as(String token) {
        return graphql.mutate().headers(h -> h.setBearerAuth(token)).responseTimeout(Duration.ofSeconds(30)).build();
    }

    protected WebSocketGraphQlTester websocket(String token) {
        WebSocketGraphQlTester.Builder<?> builder = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql-ws"),
                new StandardWebSocketClient());
        if (token != null) builder.interceptor(new WebSocketGraphQlClientInterceptor() {
            @Override
            public Mono<Object> connectionInitPayload() {
                return Mono.just(Map.of("Authorization", "Bearer " + token));
            }
        });
        return builder.build();
    }

    /** A signed-in person; an officer of a new public body when {@code officer}. */
    protected Member newMember(boolean officer) {
        String handle = "p" + UUID.randomUUID().toString().substring(0, 12).replace("-", "");
        // Registered days ago, past the first-day limits of new accounts.
        Instant now = clock.peek();
        clock.set(now.minus(Duration.ofDays(3)));
        Person person = accounts.register(new Registration(handle + "@test.example", "correct-horse-battery", handle, "Test " + handle));
        clock.set(now.plus(Duration.ofMinutes(1)));
        PublicBody body = accounts.createPublicBody("Organisme " + handle, "QC");
        if (officer) accounts.grant(person.id(), body.id(), MembershipRole.OFFICER);
        return new Member(person, GlobalId.encode("PublicBody", body.id()), tokens.issue(person.id()).value());
    }

    protected record Member(Person person, String bodyId, String token) {
    }

    /** A signed-in person who represents the supplier (files its proposals). */
    protected Member representative(Supplier supplier) {
        Member member = newMember(false);
        accounts.grant(member.person().id(), supplier.id(), MembershipRole.REPRESENTATIVE);
        return member;
    }

    /** A challenge of the officer's body with complete terms, published; returns its global id. */
    protected String publishedChallenge(Member officer, String title, Duration closesIn) {
        String id = as(officer.token()).documentName("createChallenge").variable("input", Map.of(
                        "bodyId", officer.bodyId(), "title", title, "description", "Le besoin.", "language", "FR",
                        "budgetCeiling", "20000.00", "closesAt", Instant.now().plus(closesIn).toString(),
                        "deliveryCalendar", "8 semaines", "informationContact", "info@ville.example", "awardRule", Map.of("kind", "PRICE_ONLY")))
                .execute().path("createChallenge.challenge.id").entity(String.class).get();
        as(officer.token()).documentName("publishChallenge").variable("id", id).execute().errors().verify();
        return id;
    }

    private static String secret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
