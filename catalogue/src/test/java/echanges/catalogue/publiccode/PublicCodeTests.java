package echanges.catalogue.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import echanges.catalogue.publiccode.PublicCode.MaintenanceType;

class PublicCodeTests {

    static String example(String name) {
        return Examples.read(name);
    }

    static PublicCode valid(String text) {
        PublicCodeReader.Reading reading = PublicCodeReader.read(text);
        assertThat(reading).as("errors: %s", reading).isInstanceOf(PublicCodeReader.Valid.class);
        return ((PublicCodeReader.Valid) reading).publicCode();
    }

    static List<PublicCodeError> errors(String text) {
        PublicCodeReader.Reading reading = PublicCodeReader.read(text);
        assertThat(reading).isInstanceOf(PublicCodeReader.Invalid.class);
        return ((PublicCodeReader.Invalid) reading).errors();
    }

    @Nested
    class TheStandardsExamples {

        @ParameterizedTest
        @ValueSource(strings = {"publiccode.yml", "publiccode.minimal.yml"})
        void shouldSurviveImportExportImport(String example) {
            PublicCode first = valid(example(example));

            PublicCode again = valid(PublicCodeWriter.write(first));

            assertThat(again).isEqualTo(first);
        }

        @Test
        void shouldReadEveryPartOfTheFullExample() {
            PublicCode code = valid(example("publiccode.yml"));

            assertThat(code.name()).isEqualTo("Medusa");
            assertThat(code.releaseDate()).isEqualTo(LocalDate.of(2017, 4, 15));
            assertThat(code.platforms()).containsExactly("android", "ios");
            assertThat(code.categories()).containsExactly("content-management", "office");
            assertThat(code.description("en").features()).hasSize(4);
            assertThat(code.legal().license()).isEqualTo("AGPL-3.0-or-later");
            assertThat(code.maintenance().type()).isEqualTo(MaintenanceType.CONTRACT);
            assertThat(code.maintenance().contractors().getFirst().until()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(code.maintenance().contacts().getFirst().affiliation()).isEqualTo("Comune di Reggio Emilia");
            assertThat(code.dependsOn().open()).extracting(PublicCode.Dependency::name).containsExactly("MySQL", "PostgreSQL");
            assertThat(code.dependsOn().hardware().getFirst().optional()).isTrue();
            assertThat(code.organisation()).isEqualTo(new PublicCode.Organisation("Roma Capitale", "urn:x-italian-pa:c_h501"));
            assertThat(code.intendedAudience().unsupportedCountries()).containsExactly("US");
            assertThat(code.extensions()).containsOnlyKeys("IT");
        }
    }

    @Nested
    class Errors {

        @Test
        void shouldReportEveryErrorAtItsFieldPath() {
            String broken = example("publiccode.minimal.yml")
                    .replace("developmentStatus: development", "developmentStatus: finished")
                    .replace("license: AGPL-3.0-or-later", "license: Ville-de-Montreal-1.0 OR MIT")
                    .replace("    - name: Francesco Rossi", "    - email: not-an-email")
                    .replace("      A rather short description which\n      is probably useless\n", "      " + "x".repeat(151) + "\n")
                    .replace("platforms:\n  - web\n", "platforms:\n  - web\ncategories:\n  - gardening\n");

            List<PublicCodeError> errors = errors(broken);

            assertThat(errors).extracting(PublicCodeError::path).containsExactlyInAnyOrder(
                    "categories[0]", "developmentStatus", "description.en.shortDescription", "legal.license",
                    "maintenance.contacts[0].name", "maintenance.contacts[0].email");
            assertThat(errors).filteredOn(e -> e.path().equals("legal.license")).first().extracting(PublicCodeError::message).asString()
                    .contains("'Ville-de-Montreal-1.0' is not on the SPDX licence list");
        }

        @Test
        void shouldNameMissingMandatoryKeys() {
            List<PublicCodeError> errors = errors("publiccodeYmlVersion: \"0\"\nname: Medusa\n");

            assertThat(errors).extracting(PublicCodeError::path).contains("url", "platforms", "developmentStatus", "softwareType",
                    "description", "legal", "maintenance", "localisation");
        }

        @Test
        void shouldRefuseContractorsWithoutAContractAndAContractWithoutThem() {
            String community = example("publiccode.yml").replace("type: \"contract\"", "type: \"community\"");
            String contract = example("publiccode.minimal.yml").replace("type: \"community\"", "type: \"contract\"");

            assertThat(errors(community)).extracting(PublicCodeError::path).containsExactly("maintenance.contractors");
            assertThat(errors(contract)).extracting(PublicCodeError::path).containsExactly("maintenance.contractors");
        }

        @Test
        void shouldPointAtBadDatesAndUnknownKeys() {
            String broken = example("publiccode.yml").replace("until: \"2019-01-01\"", "until: \"01/01/2019\"")
                    .replace("roadmap:", "roadmapp:");

            assertThat(errors(broken)).extracting(PublicCodeError::path).containsExactlyInAnyOrder("maintenance.contractors[0].until", "roadmapp");
        }

        @Test
        void shouldReportBrokenYamlWithItsLine() {
            List<PublicCodeError> errors = errors("name: Medusa\nplatforms: [web\n");

            assertThat(errors).singleElement().satisfies(e -> assertThat(e.message()).startsWith("not valid YAML: line"));
        }

        @Test
        void shouldRefuseADocumentThatIsNotAMapping() {
            assertThat(errors("- just\n- a list\n")).extracting(PublicCodeError::path).containsExactly("");
        }
    }

    @Test
    void shouldWriteDatesAndVersionsAsStrings() {
        String written = PublicCodeWriter.write(valid(example("publiccode.yml")));

        assertThat(written).contains("releaseDate: '2017-04-15'").contains("softwareVersion: '1.0'").contains("until: '2019-01-01'");
    }
}
