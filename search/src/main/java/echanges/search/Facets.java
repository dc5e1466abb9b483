package echanges.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.MultiBucketBase;

/**
 * The facets a search counts, each for the types that have the property: challenges by status,
 * body, budget range and closing range; components by licence, platform, development status,
 * software type, description language and how many bodies use them; threads and posts by category
 * and whether solved; tags everywhere. A facet is counted only when a searched type has it.
 */
final class Facets {

    private static final Set<String> PROCUREMENT = Set.of("challenge");
    private static final Set<String> CATALOGUE = Set.of("component");
    private static final int SIZE = 20;

    private record Definition(String name, Set<String> types, Aggregation aggregation) {
        boolean appliesTo(Collection<String> searched) {
            return types.isEmpty() || searched.stream().anyMatch(types::contains);
        }
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition("type", Set.of(), terms("type")),
            new Definition("status", PROCUREMENT, terms("facets.status")),
            new Definition("body", PROCUREMENT, terms("facets.body")),
            new Definition("tags", Set.of("challenge", "component", "thread", "post"), terms("tags")),
            new Definition("budget", PROCUREMENT, Aggregation.of(a -> a.range(r -> r.field("budget")
                    .ranges(x -> x.key("0-10000").to(10_000.0))
                    .ranges(x -> x.key("10000-25000").from(10_000.0).to(25_000.0))
                    .ranges(x -> x.key("25000-50000").from(25_000.0).to(50_000.0))
                    .ranges(x -> x.key("50000-90000").from(50_000.0).to(90_000.0))
                    .ranges(x -> x.key("90000+").from(90_000.0))))),
            // Relative to the moment of the search, rounded to the day so that counts stay cacheable.
            new Definition("closing", PROCUREMENT, Aggregation.of(a -> a.dateRange(r -> r.field("closesAt")
                    .ranges(x -> x.key("CLOSED").to(t -> t.expr("now")))
                    .ranges(x -> x.key("NEXT_7_DAYS").from(t -> t.expr("now")).to(t -> t.expr("now+7d/d")))
                    .ranges(x -> x.key("NEXT_30_DAYS").from(t -> t.expr("now+7d/d")).to(t -> t.expr("now+30d/d")))
                    .ranges(x -> x.key("LATER").from(t -> t.expr("now+30d/d")))))),
            new Definition("licence", CATALOGUE, terms("facets.licence")),
            new Definition("platform", CATALOGUE, terms("facets.platform")),
            new Definition("developmentStatus", CATALOGUE, terms("facets.developmentStatus")),
            new Definition("softwareType", CATALOGUE, terms("facets.softwareType")),
            new Definition("language", CATALOGUE, terms("facets.descriptionLanguage")),
            new Definition("usedBy", CATALOGUE, Aggregation.of(a -> a.range(r -> r.field("reuses")
                    .ranges(x -> x.key("0").to(1.0))
                    .ranges(x -> x.key("1").from(1.0).to(2.0))
                    .ranges(x -> x.key("2-4").from(2.0).to(5.0))
                    .ranges(x -> x.key("5+").from(5.0))))),
            new Definition("category", Set.of("thread", "post", "component"), terms("facets.category")),
            new Definition("solved", Set.of("thread", "post"), terms("facets.solved")));

    private Facets() {
    }

    private static Aggregation terms(String field) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(SIZE)));
    }

    static Map<String, Aggregation> aggregations(Collection<String> types) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Definition d : DEFINITIONS) if (d.appliesTo(types)) aggregations.put(d.name(), d.aggregation());
        return aggregations;
    }

    static List<SearchResults.Facet> read(Map<String, Aggregate> aggregations) {
        List<SearchResults.Facet> facets = new ArrayList<>();
        for (Definition d : DEFINITIONS) {
            Aggregate aggregate = aggregations.get(d.name());
            if (aggregate == null) continue;
            List<SearchResults.Bucket> buckets = new ArrayList<>();
            if (aggregate.isSterms()) aggregate.sterms().buckets().array()
                    .forEach(b -> buckets.add(new SearchResults.Bucket(b.key().stringValue(), b.docCount())));
            else if (aggregate.isRange()) aggregate.range().buckets().array().forEach(b -> add(buckets, b.key(), b));
            else if (aggregate.isDateRange()) aggregate.dateRange().buckets().array().forEach(b -> add(buckets, b.key(), b));
            if (!buckets.isEmpty()) facets.add(new SearchResults.Facet(d.name(), buckets));
        }
        return facets;
    }

    private static void add(List<SearchResults.Bucket> buckets, String key, MultiBucketBase bucket) {
        if (bucket.docCount() > 0) buckets.add(new SearchResults.Bucket(key, bucket.docCount()));
    }
}
