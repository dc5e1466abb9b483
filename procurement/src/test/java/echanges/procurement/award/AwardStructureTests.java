package echanges.procurement.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The award rules stay plain Java: no framework, driver or GraphQL type may enter them. */
class AwardStructureTests {

    @Test
    void shouldKeepTheAwardRulesFreeOfFrameworks() throws IOException {
        Path award = Path.of("src/main/java/echanges/procurement/award");
        List<String> imports;
        try (Stream<Path> files = Files.list(award)) {
            imports = files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }

        assertThat(imports).isNotEmpty()
                .noneMatch(l -> l.contains("org.springframework") || l.contains("org.neo4j") || l.contains("graphql"));
    }
}
