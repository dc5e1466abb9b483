package echanges.api.demo;

import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import echanges.accounts.Accounts;
import echanges.catalogue.Components;
import echanges.forum.Forum;
import echanges.procurement.Challenges;

/** Loads the demo data at start-up into an empty graph, when {@code echanges.demo.enabled}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "echanges.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoConfiguration {

    @Bean
    ApplicationRunner demoDataLoader(Accounts accounts, Challenges challenges, Components components, Forum forum, Clock clock) {
        return args -> {
            if (accounts.isEmpty()) new DemoData(accounts, challenges, components, forum, clock).load();
        };
    }
}
