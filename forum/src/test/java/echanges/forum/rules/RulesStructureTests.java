package echanges.forum.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The rules stay plain Java: no framework, driver or GraphQL type may enter them. */
class RulesStructureTests {

    @Test
    void shouldKeepTheRulesFreeOfFrameworks() throws IOException {
        Path rules = Path.of("src/main/java/echanges/forum/rules");
        List<String> imports;
        try (Stream<Path> files = Files.list(rules)) {
            imports = files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }

        assertThat(imports).isNotEmpty().noneMatch(l -> l.contains("org.springframework") || l.contains("org.neo4j") || l.contains("graphql"));
    }
}
