package echanges.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import echanges.platform.SearchDocument;

/**
 * Narrows a search (or a saved search's alerts) to documents with these properties; null means
 * any. A document without the property (a component has no status) does not match a filter on it.
 * The same filter is applied by Elasticsearch to a search and in plain Java to an alert.
 */
public record SearchFilter(@Nullable String category, @Nullable String tag, @Nullable String author, @Nullable Boolean solved,
                           @Nullable List<String> status, @Nullable String body, @Nullable String licence,
                           @Nullable BigDecimal budgetMin, @Nullable BigDecimal budgetMax,
                           @Nullable Instant closesAfter, @Nullable Instant closesBefore,
                           @Nullable String platform, @Nullable String developmentStatus, @Nullable String softwareType,
                           @Nullable Long minReuses) {

    public static final SearchFilter NONE = new SearchFilter(null, null, null, null);

    public SearchFilter {
        tag = tag == null ? null : tag.strip().toLowerCase(Locale.ROOT);
        author = author == null ? null : author.strip().toLowerCase(Locale.ROOT);
        status = status == null || status.isEmpty() ? null : List.copyOf(status);
        if (budgetMin != null && budgetMax != null && budgetMin.compareTo(budgetMax) > 0)
            throw new SearchException.InvalidQuery("budgetMin " + budgetMin + " is above budgetMax " + budgetMax);
    }

    /** The forum's filters: category, tag, author, solved. */
    public SearchFilter(@Nullable String category, @Nullable String tag, @Nullable String author, @Nullable Boolean solved) {
        this(category, tag, author, solved, null, null, null, null, null, null, null, null, null, null, null);
    }

    List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        if (category != null) queries.add(term("facets.category", category));
        if (tag != null) queries.add(term("tags", tag));
        if (author != null) queries.add(term("facets.author", author));
        if (solved != null) queries.add(term("facets.solved", solved.toString()));
        if (status != null) queries.add(Query.of(q -> q.terms(t -> t.field("facets.status")
                .terms(v -> v.value(status.stream().map(FieldValue::of).toList())))));
        if (body != null) queries.add(term("facets.body", body));
        if (licence != null) queries.add(term("facets.licence", licence));
        if (platform != null) queries.add(term("facets.platform", platform));
        if (developmentStatus != null) queries.add(term("facets.developmentStatus", developmentStatus));
        if (softwareType != null) queries.add(term("facets.softwareType", softwareType));
        if (minReuses != null) queries.add(Query.of(q -> q.range(r -> r.number(n -> n.field("reuses").gte(minReuses.doubleValue())))));
        if (budgetMin != null || budgetMax != null) queries.add(Query.of(q -> q.range(r -> r.number(n -> {
            n.field("budget");
            if (budgetMin != null) n.gte(budgetMin.doubleValue());
            if (budgetMax != null) n.lte(budgetMax.doubleValue());
            return n;
        }))));
        if (closesAfter != null || closesBefore != null) queries.add(Query.of(q -> q.range(r -> r.date(d -> {
            d.field("closesAt");
            if (closesAfter != null) d.gte(closesAfter.toString());
            if (closesBefore != null) d.lt(closesBefore.toString());
            return d;
        }))));
        return queries;
    }

    /** Whether a document passes this filter: the same rules as {@link #queries()}, in Java. */
    public boolean matches(SearchDocument doc) {
        Map<String, List<String>> facets = SearchIndexes.facets(doc);
        if (category != null && !has(facets, "category", category)) return false;
        if (tag != null && !doc.tags().contains(tag)) return false;
        if (author != null && !has(facets, "author", author)) return false;
        if (solved != null && !has(facets, "solved", solved.toString())) return false;
        if (status != null && status.stream().noneMatch(s -> has(facets, "status", s))) return false;
        if (body != null && !has(facets, "body", body)) return false;
        if (licence != null && !has(facets, "licence", licence)) return false;
        if (platform != null && !has(facets, "platform", platform)) return false;
        if (developmentStatus != null && !has(facets, "developmentStatus", developmentStatus)) return false;
        if (softwareType != null && !has(facets, "softwareType", softwareType)) return false;
        if (minReuses != null && (doc.reuses() == null || doc.reuses() < minReuses)) return false;
        if (budgetMin != null && (doc.budget() == null || doc.budget().compareTo(budgetMin) < 0)) return false;
        if (budgetMax != null && (doc.budget() == null || doc.budget().compareTo(budgetMax) > 0)) return false;
        if (closesAfter != null && (doc.closesAt() == null || doc.closesAt().isBefore(closesAfter))) return false;
        return closesBefore == null || doc.closesAt() != null && doc.closesAt().isBefore(closesBefore);
    }

    private static boolean has(Map<String, List<String>> facets, String name, String value) {
        return facets.getOrDefault(name, List.of()).contains(value);
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    /** As graph properties (strings, booleans and lists only), to store with a saved search. */
    Map<String, Object> toProperties() {
        Map<String, Object> p = new HashMap<>();
        if (category != null) p.put("category", category);
        if (tag != null) p.put("tag", tag);
        if (author != null) p.put("author", author);
        if (solved != null) p.put("solved", solved);
        if (status != null) p.put("status", status);
        if (body != null) p.put("body", body);
        if (licence != null) p.put("licence", licence);
        if (budgetMin != null) p.put("budgetMin", budgetMin.toPlainString());
        if (budgetMax != null) p.put("budgetMax", budgetMax.toPlainString());
        if (closesAfter != null) p.put("closesAfter", closesAfter.toString());
        if (closesBefore != null) p.put("closesBefore", closesBefore.toString());
        if (platform != null) p.put("platform", platform);
        if (developmentStatus != null) p.put("developmentStatus", developmentStatus);
        if (softwareType != null) p.put("softwareType", softwareType);
        if (minReuses != null) p.put("minReuses", minReuses);
        return p;
    }

    @SuppressWarnings("unchecked")
    static SearchFilter fromProperties(Map<String, Object> p) {
        return new SearchFilter((String) p.get("category"), (String) p.get("tag"), (String) p.get("author"), (Boolean) p.get("solved"),
                p.get("status") == null ? null : ((List<Object>) p.get("status")).stream().map(Objects::toString).toList(),
                (String) p.get("body"), (String) p.get("licence"),
                p.get("budgetMin") == null ? null : new BigDecimal((String) p.get("budgetMin")),
                p.get("budgetMax") == null ? null : new BigDecimal((String) p.get("budgetMax")),
                p.get("closesAfter") == null ? null : Instant.parse((String) p.get("closesAfter")),
                p.get("closesBefore") == null ? null : Instant.parse((String) p.get("closesBefore")),
                (String) p.get("platform"), (String) p.get("developmentStatus"), (String) p.get("softwareType"),
                p.get("minReuses") == null ? null : ((Number) p.get("minReuses")).longValue());
    }
}
