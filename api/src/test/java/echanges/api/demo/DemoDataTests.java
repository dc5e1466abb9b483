package echanges.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import echanges.platform.Language;
import echanges.procurement.ChallengeStatus;

/** The demo set shows the platform as the foundation issue promised: both languages, every kind of item. */
class DemoDataTests {

    private final DemoData.DemoSet set = DemoData.read();

    @Test
    void shouldHoldEnoughOfEveryKind() {
        assertThat(set.publicBodies()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(set.suppliers()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(set.challenges()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(set.components()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(set.threads()).hasSizeGreaterThanOrEqualTo(6).allSatisfy(t -> assertThat(t.replies()).isNotEmpty());
    }

    @Test
    void shouldShowChallengesInDifferentStates() {
        assertThat(set.challenges().stream().map(DemoData.ChallengeRow::status).distinct())
                .contains(ChallengeStatus.DRAFT, ChallengeStatus.PUBLISHED, ChallengeStatus.CLOSED, ChallengeStatus.AWARDED, ChallengeStatus.CANCELLED);
    }

    @Test
    void shouldDescribeSomeComponentsWithValidPubliccodeDocuments() throws Exception {
        var documents = set.components().stream().map(DemoData.ComponentRow::publiccode).filter(java.util.Objects::nonNull).toList();

        assertThat(documents).hasSizeGreaterThanOrEqualTo(2);
        for (String document : documents)
            try (var in = DemoData.class.getResourceAsStream("/demo/" + document)) {
                assertThat(echanges.catalogue.publiccode.PublicCodeReader.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)))
                        .as(document).isInstanceOf(echanges.catalogue.publiccode.PublicCodeReader.Valid.class);
            }
    }

    @Test
    void shouldBeInFrenchAndEnglish() {
        Stream<Language> languages = Stream.concat(set.challenges().stream().map(DemoData.ChallengeRow::language),
                set.components().stream().map(DemoData.ComponentRow::language));

        assertThat(languages.distinct()).containsExactlyInAnyOrder(Language.FR, Language.EN);
    }
}
