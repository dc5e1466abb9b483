package echanges.catalogue.publiccode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The standard's two example documents (test resources copied from ../shared/publiccode/). */
public final class Examples {

    private Examples() {
    }

    public static String read(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/publiccode/" + name)) {
            if (in == null) throw new IllegalStateException("no example " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
