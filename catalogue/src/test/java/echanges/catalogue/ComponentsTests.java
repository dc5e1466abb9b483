package echanges.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import echanges.catalogue.publiccode.PublicCode;
import echanges.catalogue.publiccode.PublicCodeError;
import echanges.catalogue.publiccode.PublicCodeReader;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;

class ComponentsTests extends CatalogueFixture {

    private long componentCount() {
        return graph.read(tx -> tx.single("MATCH (c:Component) RETURN count(c) AS n", Map.of())).get("n").asLong();
    }

    private static PublicCode read(String text) {
        return ((PublicCodeReader.Valid) PublicCodeReader.read(text)).publicCode();
    }

    @Nested
    class Importing {

        @ParameterizedTest
        @ValueSource(strings = {"publiccode.yml", "publiccode.minimal.yml"})
        void shouldStoreTheDocumentAsGraphDataAndExportItUnchanged(String file) {
            String text = example(file);

            Component component = components.importPublicCode(text, null, List.of(), officer()).component();

            Component reloaded = components.byIds(List.of(component.id())).get(component.id());
            assertThat(reloaded.publicCode()).isEqualTo(read(text));
            assertThat(read(components.publiccodeYml(reloaded))).isEqualTo(read(text));
        }

        @Test
        void shouldKeepTheFullExamplesStructureInTheGraph() {
            Component component = components.importPublicCode(example("publiccode.yml"), null, List.of(), officer()).component();

            long children = graph.read(tx -> tx.single("""
                    MATCH (c:Component {id: $id})
                    RETURN COUNT { (c)-[:DESCRIBED_IN]->(:ComponentDescription) } + COUNT { (c)-[:MAINTAINED_BY]->(:Maintainer) }
                         + COUNT { (c)-[:REQUIRES]->(:ExternalDependency) } AS n
                    """, Map.of("id", component.id()))).get("n").asLong();
            assertThat(children).isEqualTo(1 + 2 + 5);
            assertThat(component.language()).isEqualTo(echanges.platform.Language.EN);
            assertThat(components.releases(List.of(component.id()), PageRequest.of(10, null)).get(component.id()).edges())
                    .extracting(e -> e.node().version()).containsExactly("1.0");
        }

        @Test
        void shouldChangeNothingWhenTheDocumentIsInvalid() {
            long before = componentCount();

            PublicCodeImport result = components.importPublicCode(example("publiccode.minimal.yml").replace("license: AGPL-3.0-or-later", "license: Nope-1.0"),
                    null, List.of(), officer());

            assertThat(result.component()).isNull();
            assertThat(result.errors()).extracting(PublicCodeError::path).containsExactly("legal.license");
            assertThat(componentCount()).isEqualTo(before);
        }

        @Test
        void shouldRefuseASecondComponentForTheSameRepository() {
            String text = example("publiccode.minimal.yml");
            components.importPublicCode(text, null, List.of(), officer());

            assertThatThrownBy(() -> components.importPublicCode(text, null, List.of(), officer()))
                    .isInstanceOf(CatalogueException.AlreadyCatalogued.class);
        }

        @Test
        void shouldRefuseAnUnknownLicenceWhenAddedByHand() {
            assertThatThrownBy(() -> new NewComponent("X", "Y", echanges.platform.Language.FR, "https://code.example.org/x", "Maison-1.0", null, List.of()))
                    .isInstanceOf(CatalogueException.InvalidComponent.class).hasMessageContaining("Maison-1.0");
        }
    }

    @Nested
    class Releases {

        @Test
        void shouldMakeTheLatestReleaseTheCurrentVersion() {
            Viewer author = officer();
            Component component = component("Cartes", author);

            components.publishRelease(component.id(), "1.0.0", LocalDate.of(2026, 9, 1), "Première version.", author);
            components.publishRelease(component.id(), "1.1.0", LocalDate.of(2026, 10, 1), null, author);
            components.publishRelease(component.id(), "0.9.0", LocalDate.of(2026, 6, 1), null, author);

            PublicCode code = components.byIds(List.of(component.id())).get(component.id()).publicCode();
            assertThat(code.softwareVersion()).isEqualTo("1.1.0");
            assertThat(code.releaseDate()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(components.releases(List.of(component.id()), PageRequest.of(10, null)).get(component.id()).edges())
                    .extracting(e -> e.node().version()).containsExactly("1.1.0", "1.0.0", "0.9.0");
        }

        @Test
        void shouldRefuseTheSameVersionTwiceAndStrangers() {
            Viewer author = officer();
            Component component = component("Cartes", author);
            components.publishRelease(component.id(), "1.0.0", LocalDate.of(2026, 9, 1), null, author);

            assertThatThrownBy(() -> components.publishRelease(component.id(), "1.0.0", LocalDate.of(2026, 9, 2), null, author))
                    .isInstanceOf(CatalogueException.ReleaseExists.class);
            assertThatThrownBy(() -> components.publishRelease(component.id(), "2.0.0", LocalDate.of(2026, 9, 2), null, officer()))
                    .isInstanceOf(CatalogueException.NotAMaintainer.class);
        }
    }

    @Nested
    class Dependencies {

        @Test
        void shouldShowDependenciesBothWays() {
            Viewer author = officer();
            Component app = component("Application", author);
            Component lib = component("Bibliothèque", author);

            components.addDependency(app.id(), lib.id(), ">=1.0 <2", author);

            assertThat(components.dependencies(List.of(app.id())).get(app.id())).containsExactly(new ComponentDependency(app.id(), lib.id(), ">=1.0 <2"));
            assertThat(components.dependents(List.of(lib.id())).get(lib.id())).containsExactly(new ComponentDependency(app.id(), lib.id(), ">=1.0 <2"));
        }

        @Test
        void shouldRefuseACycleAndShowIt() {
            Viewer author = officer();
            Component a = component("Alpha", author);
            Component b = component("Bravo", author);
            Component c = component("Charlie", author);
            components.addDependency(a.id(), b.id(), null, author);
            components.addDependency(b.id(), c.id(), null, author);

            assertThatThrownBy(() -> components.addDependency(c.id(), a.id(), null, author))
                    .isInstanceOf(CatalogueException.DependencyCycle.class).hasMessageContaining("Charlie → Alpha → Bravo → Charlie");
            assertThatThrownBy(() -> components.addDependency(a.id(), a.id(), null, author))
                    .isInstanceOf(CatalogueException.DependencyCycle.class).hasMessageContaining("Alpha → Alpha");
            assertThat(components.dependencies(List.of(c.id())).get(c.id())).isEmpty();
        }
    }

    @Nested
    class Uses {

        @Test
        void shouldCountDeclaredUsesAndForgetWithdrawnOnesButKeepTheirHistory() {
            Component component = component("Cartes", officer());
            Viewer montreal = officer();
            Viewer levis = officer();

            components.declareUse(bodyOf(montreal), component.id(), "1.2", clock.peek().minus(Duration.ofDays(30)), "Permis en ligne", montreal);
            components.declareUse(bodyOf(levis), component.id(), null, null, null, levis);
            components.declareUse(bodyOf(levis), component.id(), "1.3", null, "Cartes de déneigement", levis);

            assertThat(components.byIds(List.of(component.id())).get(component.id()).usersCount()).isEqualTo(2);
            assertThat(components.use(bodyOf(levis), component.id())).get().extracting(ComponentUse::version, ComponentUse::context)
                    .containsExactly("1.3", "Cartes de déneigement");
            assertThat(components.usedBy(List.of(bodyOf(montreal)), PageRequest.of(10, null)).get(bodyOf(montreal)).totalCount()).isEqualTo(1);

            components.withdrawUse(bodyOf(montreal), component.id(), montreal);

            assertThat(components.uses(List.of(component.id()), PageRequest.of(10, null)).get(component.id()).edges())
                    .extracting(e -> e.node().bodyId()).containsExactly(bodyOf(levis));
            long history = graph.read(tx -> tx.single("MATCH (:PublicBody {id: $b})-[u:USED]->(:Component {id: $c}) RETURN count(u) AS n",
                    Map.of("b", bodyOf(montreal), "c", component.id()))).get("n").asLong();
            assertThat(history).isEqualTo(1);
        }

        @Test
        void shouldLetOnlyTheBodysOfficersDeclareOrWithdraw() {
            Component component = component("Cartes", officer());
            Viewer montreal = officer();

            assertThatThrownBy(() -> components.declareUse(bodyOf(montreal), component.id(), null, null, null, officer()))
                    .isInstanceOf(CatalogueException.NotAnOfficer.class);
            assertThatThrownBy(() -> components.withdrawUse(bodyOf(montreal), component.id(), montreal))
                    .isInstanceOf(CatalogueException.UseNotFound.class);
        }
    }

    @Nested
    class DeliveredForAChallenge {

        @Test
        void shouldCreditTheWinningSupplierAndCountTheBodiesReusingItsWork() {
            Viewer officer = officer();
            Viewer supplier = representative();
            Challenge challenge = awardedTo(officer, supplier, "20000.00");

            Component component = components.importPublicCode(example("publiccode.minimal.yml"), challenge.id(), List.of(), officer).component();
            Viewer other = officer();
            components.declareUse(bodyOf(officer), component.id(), null, null, null, officer);
            components.declareUse(bodyOf(other), component.id(), null, null, null, other);

            String supplierId = supplier.representativeOf().iterator().next();
            assertThat(component.deliveredForId()).isEqualTo(challenge.id());
            assertThat(component.deliveredById()).isEqualTo(supplierId);
            assertThat(components.trackRecords(List.of(supplierId)).get(supplierId)).isEqualTo(new TrackRecord(supplierId, 1, 2));
            assertThat(components.deliveredBy(List.of(supplierId), PageRequest.of(10, null)).get(supplierId).edges())
                    .extracting(e -> e.node().id()).containsExactly(component.id());
        }

        @Test
        void shouldCreditTheWinnerOfAChallengeAwardedAfterItsComponentWasCatalogued() {
            Viewer officer = officer();
            Viewer supplier = representative();
            Challenge open = published(officer);
            Component early = components.importPublicCode(example("publiccode.minimal.yml"), open.id(), List.of(), officer).component();
            assertThat(early.deliveredById()).isNull();
            award(open, officer, supplier, "20000");

            components.challengeAwarded(open.id());
            components.challengeAwarded(open.id());

            String supplierId = supplier.representativeOf().iterator().next();
            assertThat(components.byIds(List.of(early.id())).get(early.id()).deliveredById()).isEqualTo(supplierId);
            assertThat(components.trackRecords(List.of(supplierId)).get(supplierId).componentsDelivered()).isEqualTo(1);
        }

        @Test
        void shouldLetTheSuppliersRepresentativeMaintainIt() {
            Viewer officer = officer();
            Viewer supplier = representative();
            Challenge challenge = awardedTo(officer, supplier, "21000.00");
            Component component = components.importPublicCode(example("publiccode.minimal.yml"), challenge.id(), List.of(), officer).component();

            Release release = components.publishRelease(component.id(), "2.0", LocalDate.of(2026, 11, 1), null, supplier);

            assertThat(release.componentId()).isEqualTo(component.id());
        }
    }
}
