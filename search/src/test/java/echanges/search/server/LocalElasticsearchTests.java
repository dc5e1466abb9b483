package echanges.search.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;

class LocalElasticsearchTests {

    final LocalElasticsearch server = SharedElasticsearch.server();

    @Test
    void shouldKeepIndexedDocumentsWhenStartedAgain() throws IOException {
        try (ElasticsearchClient client = ElasticsearchClients.of(server.uri())) {
            client.index(i -> i.index("restart-tests").id("1").document(Map.of("text", "kept")).refresh(Refresh.True));

            server.stop();
            assertThat(server.isRunning()).isFalse();
            server.start();

            assertThat(client.get(g -> g.index("restart-tests").id("1"), Map.class).source())
                    .containsEntry("text", "kept");
        }
    }

    @Test
    void shouldDoNothingWhenStartedOrStoppedTwice() throws IOException {
        server.start();
        server.start();

        try (ElasticsearchClient client = ElasticsearchClients.of(server.uri())) {
            assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
        }
    }

    @Test
    void shouldWriteTheServerOutputToTheInstanceDirectory() throws IOException {
        assertThat(server.log()).startsWith(server.instance());
        assertThat(Files.readString(server.log())).contains("started");
    }

    @Test
    void shouldNameTheMissingDistributionWhenItCannotStart(@TempDir Path instance) {
        LocalElasticsearch nowhere = LocalElasticsearch.of(instance.resolve("no-such-home"), instance);

        assertThatThrownBy(nowhere::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Elasticsearch distribution in " + instance.resolve("no-such-home"));
    }
}
