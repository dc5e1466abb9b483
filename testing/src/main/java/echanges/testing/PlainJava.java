package echanges.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that a package of rules stays plain Java: no Spring, Neo4j or GraphQL type may enter it,
 * so that the regulation's rules read, and test, without any framework.
 */
public final class PlainJava {

    private static final List<String> FORBIDDEN = List.of("org.springframework", "org.neo4j", "graphql");

    private PlainJava() {
    }

    /** The imports of the package's sources (under src/main/java of the module under test). */
    public static List<String> imports(String packageName) {
        Path directory = Path.of("src/main/java", packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(PlainJava::importsOf).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** Fails, naming the offending imports, if the package depends on a framework. */
    public static void check(String packageName) {
        List<String> imports = imports(packageName);
        if (imports.isEmpty()) throw new AssertionError("no sources with imports found for " + packageName);
        List<String> offending = imports.stream().filter(i -> FORBIDDEN.stream().anyMatch(i::contains)).toList();
        if (!offending.isEmpty()) throw new AssertionError(packageName + " must stay plain Java, but imports " + offending);
    }

    private static Stream<String> importsOf(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("import "));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
