package echanges.procurement.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The calendar rules stay plain Java: no framework, driver or GraphQL type may enter them. */
class CalendarStructureTests {

    @Test
    void shouldKeepTheCalendarRulesFreeOfFrameworks() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/echanges/procurement/calendar"))) {
            imports = files.flatMap(CalendarStructureTests::importsOf).toList();
        }

        assertThat(imports).isNotEmpty()
                .noneMatch(l -> l.contains("org.springframework") || l.contains("org.neo4j") || l.contains("graphql"));
    }

    private static Stream<String> importsOf(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("import "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
