package echanges.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** Answers a {@code @BatchMapping} from values the modules loaded by key in one round trip. */
public final class Batches {

    private Batches() {
    }

    /**
     * Each source with the value found for its key. A source whose key is null or has no value is
     * left out, and its field resolves to null.
     */
    public static <S, K, V> Map<S, V> byKey(List<S> batch, Function<S, @Nullable K> key, Map<K, V> values) {
        Map<S, V> result = new LinkedHashMap<>();
        for (S source : batch) {
            K k = key.apply(source);
            V value = k == null ? null : values.get(k);
            if (value != null) result.put(source, value);
        }
        return result;
    }
}
