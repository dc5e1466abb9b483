package echanges.api.demo;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import echanges.accounts.Accounts;
import echanges.forum.rules.ForumSettings;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.procurement.rules.Jurisdictions;

/** Loads the demo data at start-up into an empty graph, when {@code echanges.demo.enabled}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "echanges.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoConfiguration {

    @Bean
    ApplicationRunner demoDataLoader(Accounts accounts, Graph graph, EventBus events, Jurisdictions jurisdictions, ForumSettings settings) {
        return args -> {
            if (accounts.isEmpty()) new DemoData(graph, events, jurisdictions, settings).load();
        };
    }
}
