package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import echanges.catalogue.Components;
import echanges.catalogue.NewComponent;
import echanges.platform.Language;
import echanges.platform.Outbox;
import echanges.platform.Viewer;
import echanges.search.Consistency;
import echanges.search.SearchIndexes;
import co.elastic.clients.elasticsearch._types.Refresh;
import echanges.testing.TestElasticsearch;
import reactor.core.Disposable;

/**
 * The search API end to end: facets counted as the graph counts, sorting, typos and "did you
 * mean", autocomplete, saved searches with live alerts, and the index rebuilt and checked while
 * writes go on.
 */
class SearchApiTests extends ApiTest {

    @Autowired Components components;
    @Autowired SearchIndexes indexes;
    @Autowired Consistency consistency;
    @Autowired Outbox outbox;

    private static String word() {
        return "mot" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "").substring(0, 8);
    }

    private String challenge(Member officer, String title, String budget, boolean publish) {
        String id = as(officer.token()).documentName("createChallenge").variable("input", Map.of(
                        "bodyId", officer.bodyId(), "title", title, "description", "Le besoin.", "language", "FR",
                        "budgetCeiling", budget, "closesAt", Instant.now().plus(Duration.ofDays(20)).toString(),
                        "deliveryCalendar", "8 semaines", "informationContact", "info@ville.example", "awardRule", Map.of("kind", "PRICE_ONLY")))
                .execute().path("createChallenge.challenge.id").entity(String.class).get();
        if (publish) as(officer.token()).documentName("publishChallenge").variable("id", id).execute().errors().verify();
        return id;
    }

    @Test
    void shouldCountFacetsAsTheGraphDoes() {
        String word = word();
        Member officer = newMember(true);
        challenge(officer, "Entrepôt de données " + word, "5000.00", true);
        challenge(officer, "Application mobile " + word, "20000.00", true);
        challenge(officer, "Plateforme ouverte " + word, "60000.00", true);
        challenge(officer, "Brouillon " + word, "15000.00", false);

        String body = "Organisme " + officer.person().handle();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> graphql.documentName("searchFacets")
                .variable("query", word).variable("filter", Map.of("body", body)).variable("sort", "BUDGET_HIGHEST").execute()
                .path("search.totalCount").entity(Integer.class).isEqualTo(3));

        GraphQlTester.Response response = graphql.documentName("searchFacets").variable("query", word).variable("filter", Map.of("body", body))
                .variable("sort", "BUDGET_HIGHEST").execute();
        int inGraph = graphql.document("query($body: ID!) { challenges(first: 100, filter: {bodyId: $body, status: [PUBLISHED]}) { totalCount } }")
                .variable("body", officer.bodyId()).execute().path("challenges.totalCount").entity(Integer.class).get();
        assertThat(inGraph).isEqualTo(3);
        response.path("search.facets[?(@.name == 'status')].values[0].value").entityList(String.class).containsExactly("PUBLISHED")
                .path("search.facets[?(@.name == 'status')].values[0].count").entityList(Integer.class).containsExactly(inGraph)
                .path("search.facets[?(@.name == 'budget')].values[*].value").entityList(String.class)
                .containsExactly("0-10000", "10000-25000", "50000-90000")
                .path("search.facets[?(@.name == 'closing')].values[*].value").entityList(String.class).containsExactly("NEXT_30_DAYS")
                .path("search.edges[*].node.node.title").entityList(String.class)
                .containsExactly("Plateforme ouverte " + word, "Application mobile " + word, "Entrepôt de données " + word);
        graphql.documentName("searchFacets").variable("query", word)
                .variable("filter", Map.of("body", body, "budgetMin", "10000", "budgetMax", "25000")).variable("sort", "RELEVANCE").execute()
                .path("search.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void shouldForgiveATypoAndSuggestTheWordAsIndexed() {
        String word = word();
        Member officer = newMember(true);
        String id = challenge(officer, "Tableau de bord " + word, "12000.00", true);
        String typo = word.substring(0, word.length() - 1) + (word.endsWith("z") ? "y" : "z");

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> graphql.documentName("searchFacets")
                .variable("query", typo).variable("sort", "RELEVANCE").execute()
                .path("search.edges[0].node.node.id").entity(String.class).isEqualTo(id)
                .path("search.didYouMean").entity(String.class).isEqualTo(word));
        graphql.documentName("searchFacets").variable("query", word).variable("sort", "RELEVANCE").execute()
                .path("search.didYouMean").valueIsNull();
    }

    @Test
    void shouldCompleteTitlesFromAnyWordButNeverDrafts() {
        String word = word();
        Member officer = newMember(true);
        String published = challenge(officer, "Gestion des " + word + " municipaux", "12000.00", true);
        String draft = challenge(officer, "Inventaire des " + word + " privés", "12000.00", false);

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(graphql
                .document("query($p: String!) { autocomplete(prefix: $p, types: [CHALLENGE]) { text node { id } } }")
                .variable("p", word.substring(0, 6)).execute().path("autocomplete[*].node.id").entityList(String.class).get())
                .contains(published).doesNotContain(draft));
    }

    @Test
    void shouldFindItemsLikeAChallengeButNotLikeADraft() {
        String word = word();
        Member officer = newMember(true);
        String first = challenge(officer, "Cartographie des pistes cyclables " + word, "12000.00", true);
        String like = challenge(officer, "Carte interactive des pistes cyclables " + word, "12000.00", true);
        String draft = challenge(officer, "Cartographie des pistes cyclables en brouillon " + word, "12000.00", false);
        String similar = "query($id: ID!) { moreLikeThis(id: $id, first: 10) { score node { ... on Challenge { id } } } }";

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(graphql.document(similar)
                .variable("id", first).execute().path("moreLikeThis[*].node.id").entityList(String.class).get())
                .contains(like).doesNotContain(first, draft));
        as(officer.token()).document(similar).variable("id", draft).execute().path("moreLikeThis").entityList(Object.class).hasSize(0);
    }

    @Test
    void shouldAlertTheOwnerOfAMatchingSavedSearchOnly() {
        String word = word();
        Member watcher = newMember(false);
        Member officer = newMember(true);
        String savedId = as(watcher.token()).documentName("saveSearch").variable("input", Map.of("name", "Vélos", "query", "vélos " + word,
                "types", List.of("CHALLENGE"))).execute().path("saveSearch.savedSearch.id").entity(String.class).get();
        Set<String> alerted = ConcurrentHashMap.newKeySet();
        Disposable subscription = websocket(watcher.token()).document("subscription { searchAlert { savedSearch { id name } node { ... on Challenge { id title } } } }")
                .executeSubscription().toFlux("searchAlert.node.id", String.class).subscribe(alerted::add);
        try {
            await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);

            String other = challenge(officer, "Déneigement des rues " + word, "12000.00", true);
            String matching = challenge(officer, "Location de vélo électrique " + word, "12000.00", true);
            challenge(officer, "Vélos en brouillon " + word, "12000.00", false);

            await().atMost(Duration.ofSeconds(20)).until(() -> alerted.contains(matching));
            await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
            assertThat(alerted).containsExactly(matching).doesNotContain(other);
        } finally {
            subscription.dispose();
        }
        as(watcher.token()).document("{ notifications(first: 5) { edges { node { kind challenge { title } } } } }").execute()
                .path("notifications.edges[*].node.kind").entityList(String.class).contains("SEARCH_ALERT");
        as(watcher.token()).document("mutation($id: ID!) { renameSavedSearch(input: {id: $id, name: \"Vélos électriques\"}) { savedSearch { name } } }")
                .variable("id", savedId).execute().path("renameSavedSearch.savedSearch.name").entity(String.class).isEqualTo("Vélos électriques");
        as(watcher.token()).document("mutation($id: ID!) { pauseSavedSearch(input: {id: $id, paused: true}) { savedSearch { paused } } }")
                .variable("id", savedId).execute().path("pauseSavedSearch.savedSearch.paused").entity(Boolean.class).isEqualTo(true);
        as(watcher.token()).document("{ savedSearches { totalCount edges { node { id name types alerting paused } } } }").execute()
                .path("savedSearches.totalCount").entity(Integer.class).isEqualTo(1)
                .path("savedSearches.edges[0].node.types").entityList(String.class).containsExactly("CHALLENGE");
        as(officer.token()).document("mutation($id: ID!) { deleteSavedSearch(input: {id: $id}) { deletedId } }").variable("id", savedId).execute()
                .errors().satisfy(errors -> assertThat(errors).extracting(e -> e.getExtensions().get("code")).containsExactly("NOT_FOUND"));
        as(watcher.token()).document("mutation($id: ID!) { deleteSavedSearch(input: {id: $id}) { deletedId } }").variable("id", savedId).execute()
                .path("deleteSavedSearch.deletedId").entity(String.class).isEqualTo(savedId);
        graphql.documentName("saveSearch").variable("input", Map.of("name", "x", "query", "y")).execute()
                .errors().satisfy(errors -> assertThat(errors).extracting(e -> e.getExtensions().get("code")).containsExactly("UNAUTHENTICATED"));
    }

    @Test
    void shouldRebuildUnderWritesAndEndConsistent() throws Exception {
        String word = word();
        Member member = newMember(false);
        Viewer viewer = accounts.viewer(member.person().id()).orElseThrow();
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<String> written = ConcurrentHashMap.newKeySet();
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; writing.get() && i < 200; i++)
                written.add(components.create(new NewComponent("Composant " + word + " " + i, "Écrit pendant la reconstruction.", Language.FR,
                        "https://code.example.org/" + word + "/" + i, "EUPL-1.2", null, List.of()), viewer).id());
        });
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> written.size() >= 3);
            indexes.rebuild("component");
            indexes.rebuild("component");
        } finally {
            writing.set(false);
            writer.join();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.lag(Instant.now()).pending() == 0);
        Consistency.Report report = consistency.checkAndRepair();
        assertThat(report.drifts()).filteredOn(d -> d.type().equals("component")).singleElement()
                .satisfies(d -> assertThat(d.isEmpty()).as("drift after the rebuild: %s", d).isTrue());
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> graphql.documentName("search")
                .variable("query", word).variable("types", List.of("COMPONENT")).execute()
                .path("search.totalCount").entity(Integer.class).isEqualTo(written.size()));
    }

    @Test
    void shouldLetModeratorsRepairDrift() throws Exception {
        String ghost = "ghost-" + word();
        // Drift: a document the graph never had (as a lost delete would leave one).
        TestElasticsearch.get().client().index(i -> i.index("echanges-challenge").id(ghost).refresh(Refresh.True)
                .document(Map.of("type", "challenge", "language", "FR", "title", "Fantôme " + ghost, "text", "", "date", Instant.now().toString())));
        Member officer = newMember(true);
        Member moderator = newMember(false);
        accounts.setModerator(moderator.person().id(), true);
        String check = "mutation { checkSearchConsistency(input: {}) { repaired types { type inGraph inIndex missing stale extra } } }";

        as(officer.token()).document(check).execute()
                .errors().satisfy(errors -> assertThat(errors).extracting(e -> e.getExtensions().get("code")).containsExactly("FORBIDDEN"));
        as(moderator.token()).document(check).execute()
                .path("checkSearchConsistency.repaired").entity(Integer.class).satisfies(repaired -> assertThat(repaired).isGreaterThanOrEqualTo(1))
                .path("checkSearchConsistency.types[?(@.type == 'challenge')].extra").entityList(Integer.class)
                .satisfies(extra -> assertThat(extra.getFirst()).isGreaterThanOrEqualTo(1));

        assertThat(TestElasticsearch.get().client().exists(e -> e.index("echanges-challenge").id(ghost)).value()).isFalse();
        as(moderator.token()).document(check).execute()
                .path("checkSearchConsistency.types[?(@.type == 'challenge')].extra").entityList(Integer.class).containsExactly(0);
    }
}
