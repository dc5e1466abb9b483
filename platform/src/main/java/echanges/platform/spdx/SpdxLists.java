package echanges.platform.spdx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX licence list and exception list, bundled as resources. SPDX identifiers match
 * case-insensitively; {@link #licence} and {@link #exception} give the canonical spelling.
 */
public final class SpdxLists {

    private static final Map<String, String> LICENCES = load("licences.txt");
    private static final Map<String, String> EXCEPTIONS = load("exceptions.txt");

    private SpdxLists() {
    }

    /** The canonical identifier of a listed licence, e.g. {@code mit} → {@code MIT}. */
    public static Optional<String> licence(String id) {
        return Optional.ofNullable(LICENCES.get(id.toLowerCase(Locale.ROOT)));
    }

    /** The canonical identifier of a listed licence exception. */
    public static Optional<String> exception(String id) {
        return Optional.ofNullable(EXCEPTIONS.get(id.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> load(String name) {
        Map<String, String> ids = new HashMap<>();
        try (InputStream in = SpdxLists.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the SPDX list " + name + " is missing from the platform jar");
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(id -> ids.put(id.toLowerCase(Locale.ROOT), id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(ids);
    }
}
