package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import echanges.catalogue.Components;
import echanges.catalogue.NewComponent;
import echanges.platform.Language;
import echanges.platform.Outbox;
import echanges.platform.Viewer;
import echanges.search.Consistency;
import echanges.testing.TestElasticsearch;

/** Writes keep working while Elasticsearch is down, and every one reaches the index once it is back. */
class OutboxTests extends ApiTest {

    private org.springframework.test.web.reactive.server.WebTestClient webClient() {
        return org.springframework.test.web.reactive.server.WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Autowired Components components;
    @Autowired Outbox outbox;
    @Autowired Consistency consistency;

    @Test
    void shouldCatchUpAfterElasticsearchWasStoppedAndRestarted() {
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        Member member = newMember(false);
        Viewer viewer = accounts.viewer(member.person().id()).orElseThrow();
        TestElasticsearch.get().stop();
        List<String> written = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++)
                written.add(components.create(new NewComponent("Bibliothèque " + word + " " + i, "Écrite pendant la panne.", Language.FR,
                        "https://code.example.org/" + word + i, "EUPL-1.2", null, List.of()), viewer).id());

            assertThat(outbox.lag(Instant.now()).pending()).isGreaterThanOrEqualTo(5);
            webClient().get().uri("/actuator/metrics/echanges.search.outbox.pending").exchange().expectBody()
                    .jsonPath("$.measurements[0].value").value(Double.class, pending -> assertThat(pending).isGreaterThanOrEqualTo(5));
        } finally {
            TestElasticsearch.get().start();
        }

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> graphql.documentName("search")
                .variable("query", word).variable("types", List.of("COMPONENT")).execute()
                .path("search.totalCount").entity(Integer.class).isEqualTo(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.lag(Instant.now()).pending() == 0);
        assertThat(written).hasSize(5);
        webClient().get().uri("/actuator/health").exchange().expectBody()
                .jsonPath("$.components.searchSync.status").isEqualTo("UP")
                .jsonPath("$.components.searchSync.details.pending").isEqualTo(0);
    }

    @Test
    void shouldLoseNothingAndApplyNothingTwiceWhenElasticsearchRestartsUnderWrites() throws Exception {
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        Member member = newMember(false);
        Viewer viewer = accounts.viewer(member.person().id()).orElseThrow();
        Set<String> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; writing.get(); i++) {
                written.add(components.create(new NewComponent("Outil " + word + " " + i, "Écrit pendant le redémarrage.", Language.FR,
                        "https://code.example.org/" + word + "/" + i, "EUPL-1.2", null, List.of()), viewer).id());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> written.size() >= 3);
            TestElasticsearch.get().stop();
            await().atMost(Duration.ofSeconds(10)).until(() -> written.size() >= 10);
            TestElasticsearch.get().start();
            Thread.sleep(500);
        } finally {
            writing.set(false);
            writer.join();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.lag(Instant.now()).pending() == 0);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> graphql.documentName("search")
                .variable("query", word).variable("types", List.of("COMPONENT")).execute()
                .path("search.totalCount").entity(Integer.class).isEqualTo(written.size()));
        // Each document holds exactly the graph's version: replays after the outage changed nothing twice.
        assertThat(consistency.checkAndRepair().drifts()).filteredOn(d -> d.type().equals("component"))
                .singleElement().satisfies(d -> assertThat(d.isEmpty()).as("drift: %s", d).isTrue());
    }
}
