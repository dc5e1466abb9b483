package echanges.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/**
 * named_components.json is how Elasticsearch finds a stable plugin's components. It is written by
 * hand (the scanner that Elastic's Gradle plugin runs is not published for Maven), so this test keeps
 * it in step with the {@link NamedComponent} annotations.
 */
class NamedComponentsTests {

    static final Path DECLARED = Path.of("src/main/plugin/named_components.json");

    @Test
    void shouldDeclareEveryAnnotatedTokenFilterUnderItsName() throws Exception {
        assertThat(declaredTokenFilters()).isEqualTo(annotatedTokenFilters());
    }

    @Test
    void shouldKeepTheNamesIndexSettingsUse() throws Exception {
        assertThat(annotatedTokenFilters()).containsOnlyKeys(
                "echanges_lowercase", "echanges_folding",
                "echanges_french_elision", "echanges_french_stemmer",
                "echanges_english_possessive", "echanges_english_stemmer");
    }

    @Test
    void shouldGiveEachFilterTheOnePublicConstructorElasticsearchCalls() throws Exception {
        for (String className : annotatedTokenFilters().values()) {
            Class<?> type = Class.forName(className);
            assertThat(type.getConstructors()).as(className).hasSize(1);
            assertThat(type.getConstructors()[0].getParameterCount()).as(className).isZero();
        }
    }

    /** The file has one level of nesting and string values only: a pattern reads it well enough. */
    private static Map<String, String> declaredTokenFilters() throws IOException {
        String json = Files.readString(DECLARED);
        Matcher section = Pattern.compile("\"" + Pattern.quote(TokenFilterFactory.class.getName())
                + "\"\\s*:\\s*\\{([^}]*)}").matcher(json);
        assertThat(section.find()).as("a section for " + TokenFilterFactory.class.getName()).isTrue();
        Map<String, String> declared = new TreeMap<>();
        Matcher entry = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"").matcher(section.group(1));
        while (entry.find()) declared.put(entry.group(1), entry.group(2));
        return declared;
    }

    private static Map<String, String> annotatedTokenFilters() throws IOException, URISyntaxException {
        Path classes = Path.of(Lowercasing.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Lowercasing.class.getPackageName().replace('.', '/'));
        Map<String, String> annotated = new TreeMap<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                Class<?> type = load(Lowercasing.class.getPackageName() + "." + name.substring(0, name.length() - 6));
                NamedComponent named = type.getAnnotation(NamedComponent.class);
                if (named != null && TokenFilterFactory.class.isAssignableFrom(type))
                    annotated.put(named.value(), type.getName());
            }
        }
        return annotated;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
