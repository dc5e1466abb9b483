package echanges.api.search;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import echanges.platform.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How far search lags behind the graph: the number of changes waiting in the outbox and the age
 * of the oldest, as a health check ({@code /actuator/health}, component {@code searchSync}) and as
 * metrics ({@code echanges.search.outbox.pending}, {@code echanges.search.outbox.lag}).
 */
@Component("searchSyncHealthIndicator")
class SearchHealth implements HealthIndicator {

    /** Beyond this, search is too stale to call healthy: Elasticsearch is likely down. */
    static final Duration TOLERATED_LAG = Duration.ofMinutes(1);

    private final Outbox outbox;
    private final Clock clock;

    SearchHealth(Outbox outbox, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder("echanges.search.outbox.pending", () -> outbox.lag(clock.instant()).pending())
                .description("Graph changes not yet applied to the search indexes").register(meters);
        Gauge.builder("echanges.search.outbox.lag", () -> outbox.lag(clock.instant()).oldest().toMillis() / 1000.0)
                .description("Age of the oldest change waiting for the search indexes").baseUnit("seconds").register(meters);
    }

    @Override
    public Health health() {
        Outbox.Lag lag = outbox.lag(clock.instant());
        Health.Builder health = lag.oldest().compareTo(TOLERATED_LAG) > 0 ? Health.down() : Health.up();
        return health.withDetail("pending", lag.pending()).withDetail("oldestSeconds", lag.oldest().toSeconds()).build();
    }
}
