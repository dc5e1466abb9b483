package echanges.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;

class TestElasticsearchTests {

    final TestElasticsearch elasticsearch = TestElasticsearch.get();

    @Test
    void shouldStartOnceWithOurAnalysisPlugin() throws IOException {
        var plugins = elasticsearch.client().cat().plugins().valueBody();

        assertThat(TestElasticsearch.get()).isSameAs(elasticsearch);
        assertThat(plugins).extracting(p -> p.component()).containsExactly("echanges-analysis");
    }

    @Test
    void shouldKeepDataAndAddressAcrossAnOutage() throws IOException {
        var client = elasticsearch.client();
        client.index(i -> i.index("outage-tests").id("1").document(Map.of("text", "kept")).refresh(Refresh.True));

        elasticsearch.stop();
        elasticsearch.start();

        assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
        assertThat(client.get(g -> g.index("outage-tests").id("1"), Map.class).found()).isTrue();
    }
}
