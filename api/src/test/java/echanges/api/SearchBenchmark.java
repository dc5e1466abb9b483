package echanges.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import echanges.catalogue.Components;
import echanges.catalogue.NewComponent;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.Viewer;
import echanges.search.Search;
import echanges.search.SearchFilter;
import echanges.search.SearchIndexes;
import echanges.search.SearchSort;
import echanges.search.server.ElasticsearchClients;
import echanges.search.server.LocalElasticsearch;

/**
 * A measure, not a test (surefire's default includes skip it; run it by name, see the README):
 * 100,000 generated posts written straight into the post index, then search and autocomplete
 * latencies (p50, p99) through the module's query with facets and highlights, and the
 * write-to-searchable lag of components written through the graph and the outbox.
 */
class SearchBenchmark extends ApiTest {

    /**
     * A server of its own, as the embedded default runs it (256 MB heap, full JIT), rather than the
     * tests' shared one, which compiles with C1 only to start faster.
     */
    private static final Path DATA = temporaryDirectory();
    private static final LocalElasticsearch SERVER = LocalElasticsearch.of(LocalElasticsearch.Options.of(
            Path.of(System.getProperty("echanges.elasticsearch.home")), DATA));
    private static ElasticsearchClient client;

    @DynamicPropertySource
    static void benchmarkServer(DynamicPropertyRegistry registry) {
        SERVER.start();
        client = ElasticsearchClients.of(SERVER.uri());
        registry.add("echanges.elasticsearch.uri", () -> SERVER.uri().toString());
    }

    @AfterAll
    static void stopServer() throws IOException {
        client.close();
        SERVER.close();
        try (var files = Files.walk(DATA)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("echanges-benchmark-elasticsearch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int DOCUMENTS = 100_000;
    private static final String[] WORDS = ("développeur application mobile cartographie données ouvertes bibliothèque portail "
            + "déneigement vélo transport accessibilité inventaire registre paiement formulaire citoyen tableau bord "
            + "library open data portal payment form citizen dashboard accessibility transport inventory registry map "
            + "municipal ministère ville archives numérique sécurité identité authentification recherche catalogue").split(" ");

    @Autowired Search search;
    @Autowired SearchIndexes indexes;
    @Autowired Components components;

    @Autowired echanges.search.OutboxDrain drain;

    @Test
    void measure() throws Exception {
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(2)).until(drain::prepared);
        Random random = new Random(42);
        long start = System.nanoTime();
        for (int from = 0; from < DOCUMENTS; from += 5_000) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (int i = from; i < from + 5_000; i++) {
                Map<String, Object> source = generated(random, i);
                String id = "bench-" + i;
                bulk.operations(op -> op.index(x -> x.index(SearchIndexes.alias("post")).id(id).document(source)));
            }
            client.bulk(bulk.build());
        }
        client.indices().refresh(r -> r.index(SearchIndexes.alias("post")));
        Duration loading = Duration.ofNanos(System.nanoTime() - start);

        List<Long> searches = new ArrayList<>();
        for (int i = 0; i < 200; i++) search.search(query(random), List.of("post"), SearchFilter.NONE, new PageRequest(20, 0));
        for (int i = 0; i < 1_000; i++) {
            String q = query(random);
            long t = System.nanoTime();
            search.search(q, List.of("challenge", "component", "thread", "post", "supplier", "body"), SearchFilter.NONE,
                    i % 2 == 0 ? SearchSort.RELEVANCE : SearchSort.NEWEST, new PageRequest(20, 0));
            searches.add(System.nanoTime() - t);
        }
        List<Long> completions = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            String prefix = word.substring(0, Math.min(word.length(), 2 + random.nextInt(4)));
            long t = System.nanoTime();
            search.autocomplete(prefix, List.of("challenge", "component", "thread", "post", "supplier", "body", "person"), 10);
            completions.add(System.nanoTime() - t);
        }

        Member member = newMember(false);
        Viewer viewer = accounts.viewer(member.person().id()).orElseThrow();
        List<Long> lags = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String word = "lag" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
            long t = System.nanoTime();
            components.create(new NewComponent("Composant " + word, "Mesure du délai.", Language.FR, "https://code.example.org/" + word,
                    "EUPL-1.2", null, List.of()), viewer);
            while (search.search(word, List.of("component"), SearchFilter.NONE, new PageRequest(1, 0)).total() == 0) Thread.sleep(5);
            lags.add(System.nanoTime() - t);
        }
        // Back to the graph's truth: the generated posts never existed there.
        indexes.rebuild("post");

        String report = String.format(Locale.ROOT, """
                Search benchmark: %,d generated posts loaded in %.1f s (plus the graph's documents)
                search (6 types, facets, highlights, typo clause, suggester), 1,000 queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms
                autocomplete (7 types), 1,000 prefixes: p50 %.1f ms, p99 %.1f ms
                write-to-searchable lag (component through graph, outbox, drain every 100 ms), 30 writes: p50 %.0f ms, p99 %.0f ms
                """, DOCUMENTS, loading.toMillis() / 1000.0, p(searches, 50), p(searches, 95), p(searches, 99), p(completions, 50), p(completions, 99),
                p(lags, 50), p(lags, 99));
        System.out.println(report);
        Files.writeString(Path.of("target", "search-benchmark.txt"), report);
    }

    private static Map<String, Object> generated(Random random, int i) {
        Language language = random.nextBoolean() ? Language.FR : Language.EN;
        SearchDocument doc = new SearchDocument("post", "bench-" + i, 1, language, sentence(random, 4), sentence(random, 40),
                List.of(WORDS[random.nextInt(WORDS.length)]), Map.of("category", "bench" + random.nextInt(8), "solved", String.valueOf(random.nextBoolean())),
                Instant.now().minus(Duration.ofMinutes(random.nextInt(500_000))));
        Map<String, Object> source = new java.util.HashMap<>();
        source.put("type", doc.type());
        source.put("language", doc.language().name());
        source.put("title", doc.title());
        source.put("text", doc.text());
        source.put("tags", doc.tags());
        source.put("facets", Map.of("category", List.of(doc.keywords().get("category")), "solved", List.of(doc.keywords().get("solved"))));
        source.put("date", doc.date().toString());
        source.put("suggest", List.of(doc.title()));
        return source;
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return text.toString();
    }

    private static String query(Random random) {
        return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? " " + WORDS[random.nextInt(WORDS.length)] : "");
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
