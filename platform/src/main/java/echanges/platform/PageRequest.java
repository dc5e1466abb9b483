package echanges.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The `first`/`after` arguments of a Relay connection. Cursors are opaque positions in the
 * list's order: stable enough for the short lists of this platform, and a cursor never needs
 * the sort key of the item it points at.
 */
public record PageRequest(int first, int offset) {

    public static final int MAX_PAGE = 100;
    public static final int DEFAULT_PAGE = 20;

    public PageRequest {
        if (first < 1 || first > MAX_PAGE)
            throw new PlatformException.InvalidArgument("first must be between 1 and " + MAX_PAGE + ", was " + first);
        if (offset < 0)
            throw new PlatformException.InvalidArgument("a cursor cannot point before the first item");
    }

    public static PageRequest of(@Nullable Integer first, @Nullable String after) {
        return new PageRequest(first == null ? DEFAULT_PAGE : first, after == null ? 0 : decode(after) + 1);
    }

    /** Asks for one item more than the page, which tells whether a next page exists. */
    public int limitPlusOne() {
        return first + 1;
    }

    /**
     * One connection per parent from rows with columns {@code parentId}, {@code total} and
     * {@code page} (this page of the parent's children), as the modules' batched child queries
     * return them; parents without a row get an empty connection.
     */
    public <T> Map<String, Connection<T>> toConnections(Collection<String> parentIds, List<Record> rows, Function<Value, T> mapper) {
        Map<String, Connection<T>> result = new HashMap<>();
        for (String id : parentIds) result.put(id, toConnection(List.of(), 0));
        for (Record row : rows)
            result.put(row.get("parentId").asString(), toConnection(row.get("page").asList(mapper::apply), row.get("total").asLong()));
        return result;
    }

    static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("at:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("at:")) throw new IllegalArgumentException(text);
            return Integer.parseInt(text.substring(3));
        } catch (IllegalArgumentException e) {
            throw new PlatformException.InvalidArgument("'" + cursor + "' is not a cursor of this list");
        }
    }

    /** Builds the connection from what the query returned: at most {@link #limitPlusOne()} items. */
    public <T> Connection<T> toConnection(List<T> fetched, long totalCount) {
        boolean hasNext = fetched.size() > first;
        List<T> items = hasNext ? fetched.subList(0, first) : fetched;
        List<Connection.Edge<T>> edges = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) edges.add(new Connection.Edge<>(cursor(offset + i), items.get(i)));
        return new Connection<>(edges, new Connection.PageInfo(hasNext, offset > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor()), totalCount);
    }
}
