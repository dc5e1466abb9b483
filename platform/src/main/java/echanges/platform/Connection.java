package echanges.platform;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** A Relay connection: one page of a list, its position and the size of the whole list. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage,
                           @Nullable String startCursor, @Nullable String endCursor) {
    }

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    public <R> Connection<R> map(Function<T, R> mapper) {
        return new Connection<>(edges.stream().map(e -> new Edge<>(e.cursor(), mapper.apply(e.node()))).toList(),
                pageInfo, totalCount);
    }
}
