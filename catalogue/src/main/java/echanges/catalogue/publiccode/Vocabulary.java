package echanges.catalogue.publiccode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The standard's controlled lists: categories, scopes and the aliases of {@code supports}. */
public final class Vocabulary {

    public static final Set<String> CATEGORIES = Set.copyOf(lines("categories.txt"));
    public static final Set<String> SCOPES = Set.copyOf(lines("scopes.txt"));
    /** Alias name → the resource it stands for. */
    public static final Map<String, String> ALIASES = lines("aliases.txt").stream().map(l -> l.split("\\s+", 2))
            .collect(Collectors.toUnmodifiableMap(p -> p[0], p -> p[1]));
    /** The platforms the standard names; others are allowed as readable values. */
    public static final Set<String> PLATFORMS = Set.of("web", "windows", "mac", "linux", "ios", "android");

    private Vocabulary() {
    }

    private static List<String> lines(String name) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the publiccode.yml list " + name + " is missing");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
