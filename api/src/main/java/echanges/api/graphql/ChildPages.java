package echanges.api.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.BatchLoaderRegistry;

import echanges.platform.Connection;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

/**
 * Paginated child lists without N+1: every parent asking for a page of its children in one
 * request is answered by one call per distinct page (usually one), which the modules serve
 * with one Cypher statement for all parents.
 */
public final class ChildPages {

    /** A parent and the page asked of its children; the DataLoader key. */
    record Key(String parentId, PageRequest page) {
    }

    /** Loads a page of children for many parents at once, as the viewer may see them. */
    @FunctionalInterface
    public interface Loader<T> {
        Map<String, Connection<T>> load(Set<String> parentIds, PageRequest page, Viewer viewer);
    }

    private ChildPages() {
    }

    public static <T> void register(BatchLoaderRegistry registry, String name, Loader<T> loader) {
        registry.<Key, Connection<T>>forName(name).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
            Viewer viewer = Viewers.of((GraphQLContext) env.getContext());
            Map<Key, Connection<T>> result = new HashMap<>();
            keys.stream().collect(Collectors.groupingBy(Key::page)).forEach((page, group) -> {
                Map<String, Connection<T>> byParent = loader.load(group.stream().map(Key::parentId).collect(Collectors.toSet()), page, viewer);
                group.forEach(key -> result.put(key, byParent.get(key.parentId())));
            });
            return result;
        }));
    }

    /** Registers a loader that needs no viewer. */
    public static <T> void register(BatchLoaderRegistry registry, String name, BiFunction<Set<String>, PageRequest, Map<String, Connection<T>>> loader) {
        register(registry, name, (Loader<T>) (ids, page, viewer) -> loader.apply(ids, page));
    }

    public static <T> CompletableFuture<Connection<T>> load(DataFetchingEnvironment env, String name, String parentId,
                                                            @Nullable Integer first, @Nullable String after) {
        DataLoader<Key, Connection<T>> loader = env.getDataLoader(name);
        if (loader == null) throw new IllegalStateException("no DataLoader registered as " + name);
        return loader.load(new Key(parentId, PageRequest.of(first, after)));
    }
}
