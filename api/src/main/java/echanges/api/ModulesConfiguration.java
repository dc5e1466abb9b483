package echanges.api;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import echanges.accounts.Accounts;
import echanges.catalogue.Components;
import echanges.forum.Following;
import echanges.forum.Forum;
import echanges.forum.ForumSearch;
import echanges.forum.Moderation;
import echanges.forum.QuestionEnquiries;
import echanges.forum.Questions;
import echanges.forum.rules.ForumSettings;
import echanges.platform.SearchDocumentSource;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.InProcessEventBus;
import echanges.platform.Outbox;
import echanges.procurement.Awards;
import echanges.procurement.Challenges;
import echanges.procurement.Contracts;
import echanges.procurement.Evaluations;
import echanges.procurement.Proposals;
import echanges.procurement.opendata.OpenData;
import echanges.procurement.opendata.OpenDataSettings;
import echanges.procurement.rules.Jurisdictions;

/** The modules' APIs, wired to one graph, one clock and one event bus. */
@Configuration(proxyBeanMethods = false)
class ModulesConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** In-process today; a broker-backed bus replaces this bean when API nodes multiply. */
    @Bean
    EventBus eventBus() {
        return new InProcessEventBus();
    }

    @Bean
    Outbox outbox(Graph graph) {
        return new Outbox(graph);
    }

    @Bean
    Jurisdictions jurisdictions() {
        return Jurisdictions.defaults();
    }

    @Bean
    Accounts accounts(Graph graph, Clock clock) {
        return new Accounts(graph, clock);
    }

    @Bean
    Challenges challenges(Graph graph, Clock clock, EventBus events, Jurisdictions jurisdictions) {
        return new Challenges(graph, clock, events, jurisdictions);
    }

    @Bean
    Awards awards(Graph graph, Clock clock, EventBus events, Challenges challenges, Jurisdictions jurisdictions) {
        return new Awards(graph, clock, events, challenges, jurisdictions);
    }

    @Bean
    Evaluations evaluations(Graph graph, Clock clock, Challenges challenges, Jurisdictions jurisdictions) {
        return new Evaluations(graph, clock, challenges, jurisdictions);
    }

    @Bean
    Contracts contracts(Graph graph, Clock clock, EventBus events, Jurisdictions jurisdictions) {
        return new Contracts(graph, clock, events, jurisdictions);
    }

    @Bean
    Proposals proposals(Graph graph, Clock clock, EventBus events) {
        return new Proposals(graph, clock, events);
    }

    /** Closes challenges when their closing time comes, then opens their proposals; safe on several nodes at once. */
    @Bean
    PeriodicJob challengeClosing(Challenges challenges, Proposals proposals,
                                 @Value("${echanges.procurement.closing-interval:30s}") Duration interval,
                                 @Value("${echanges.procurement.closing-soon:48h}") Duration closingSoon) {
        return new PeriodicJob("challenge-closing", interval, () -> {
            challenges.announceClosingSoon(closingSoon);
            challenges.closeDue();
            proposals.openDue();
        });
    }

    @Bean
    Components components(Graph graph, Clock clock, EventBus events, Challenges challenges, Awards awards) {
        return new Components(graph, clock, events, challenges, awards);
    }

    @Bean
    ForumSettings forumSettings() {
        return ForumSettings.DEFAULTS;
    }

    @Bean
    Forum forum(Graph graph, Clock clock, EventBus events, Challenges challenges, Components components, Accounts accounts,
                ForumSettings settings) {
        return new Forum(graph, clock, events, challenges, components, accounts, settings);
    }

    @Bean
    Questions questions(Graph graph, Clock clock, EventBus events, Challenges challenges, Forum forum) {
        return new Questions(graph, clock, events, challenges, forum);
    }

    /**
     * Open contracting data (OCDS). The ocid prefix is ours until the publisher registers its own
     * with the Open Contracting Partnership; the base URI is where the packages are served.
     */
    @Bean
    OpenData openData(Graph graph, Clock clock, @Value("${echanges.ocds.ocid-prefix:ocds-echanges}") String ocidPrefix,
                      @Value("${echanges.ocds.publisher:Échanges}") String publisher,
                      @Value("${echanges.ocds.base-uri:http://localhost:8080}") String baseUri) {
        return new OpenData(graph, clock, new QuestionEnquiries(graph), new OpenDataSettings(ocidPrefix, publisher, baseUri));
    }

    @Bean
    Following following(Graph graph, Clock clock, EventBus events) {
        return new Following(graph, clock, events);
    }

    @Bean
    Moderation moderation(Graph graph, Clock clock, EventBus events, ForumSettings settings) {
        return new Moderation(graph, clock, events, settings);
    }

    @Bean
    ForumSearch forumSearch(Graph graph) {
        return new ForumSearch(graph);
    }

    @Bean
    SearchDocumentSource postDocuments(ForumSearch forumSearch) {
        return forumSearch.posts();
    }

    @Bean
    SearchDocumentSource threadDocuments(ForumSearch forumSearch) {
        return forumSearch.threads();
    }
}
