package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;

/**
 * The reuse catalogue through the API: publiccode.yml import and export, releases, uses and
 * dependencies, live updates over WebSocket, and reuse candidates found through the real
 * Elasticsearch, in French and in English.
 */
class CatalogueApiTests extends ApiTest {

    private static String example(String file) throws Exception {
        return Files.readString(Path.of("../catalogue/src/test/resources/publiccode/" + file))
                .replace("https://example.com/italia/medusa.git", "https://code.example.org/" + UUID.randomUUID() + ".git");
    }

    private String importDocument(Member member, String text, String deliveredFor, List<String> tags) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("text", text, "tags", tags));
        if (deliveredFor != null) input.put("deliveredFor", deliveredFor);
        return as(member.token()).documentName("importPublicCode").variable("input", input).execute()
                .path("importPublicCode.errors").entityList(Object.class).hasSize(0)
                .path("importPublicCode.component.id").entity(String.class).get();
    }

    /** A small publiccode.yml document in one language. */
    private static String document(String name, String language, String shortDescription, String longDescription, String category) {
        return """
                publiccodeYmlVersion: "0"
                name: %s
                url: "https://code.example.org/%s.git"
                platforms: [web]
                categories: [%s]
                developmentStatus: stable
                softwareType: "standalone/web"
                description:
                  %s:
                    shortDescription: "%s"
                    longDescription: "%s"
                    features: ["%s"]
                legal:
                  license: EUPL-1.2 OR AGPL-3.0-or-later
                maintenance:
                  type: community
                  contacts: [{name: Ada Tremblay}]
                localisation:
                  localisationReady: true
                  availableLanguages: [%s]
                """.formatted(name, UUID.randomUUID(), category, language, shortDescription, longDescription, shortDescription, language);
    }

    @Nested
    class PublicCodeDocuments {

        @Test
        void shouldImportTheStandardsExampleAsGraphDataAndExportIt() throws Exception {
            Member officer = newMember(true);

            var response = as(officer.token()).documentName("importPublicCode").variable("input", Map.of("text", example("publiccode.yml"))).execute();

            response.path("importPublicCode.errors").entityList(Object.class).hasSize(0)
                    .path("importPublicCode.component.licence").entity(String.class).isEqualTo("AGPL-3.0-or-later")
                    .path("importPublicCode.component.publiccode.softwareType").entity(String.class).isEqualTo("STANDALONE_DESKTOP")
                    .path("importPublicCode.component.publiccode.releaseDate").entity(String.class).isEqualTo("2017-04-15")
                    .path("importPublicCode.component.publiccode.maintenance.contractors[0].until").entity(String.class).isEqualTo("2019-01-01")
                    .path("importPublicCode.component.publiccode.externalDependencies[*].kind").entityList(String.class)
                    .containsExactly("OPEN", "OPEN", "PROPRIETARY", "PROPRIETARY", "HARDWARE")
                    .path("importPublicCode.component.releases.edges[0].node.version").entity(String.class).isEqualTo("1.0");
            String exported = response.path("importPublicCode.component.publiccodeYml").entity(String.class).get();
            assertThat(exported).contains("publiccodeYmlVersion: '0'").contains("license: AGPL-3.0-or-later").contains("piattaforme:");
        }

        @Test
        void shouldReturnEveryErrorByPathAndImportNothing() throws Exception {
            Member officer = newMember(true);
            String broken = example("publiccode.minimal.yml").replace("license: AGPL-3.0-or-later", "license: GPL-2.0-only WITH Not-an-exception")
                    .replace("    - name: Francesco Rossi", "    - phone: \"+15145550100\"");

            List<String> paths = as(officer.token()).documentName("importPublicCode").variable("input", Map.of("text", broken)).execute()
                    .path("importPublicCode.component").valueIsNull()
                    .path("importPublicCode.errors[*].path").entityList(String.class).get();

            assertThat(paths).containsExactlyInAnyOrder("legal.license", "maintenance.contacts[0].name");
        }
    }

    @Nested
    class ReleasesUsesAndDependencies {

        @Test
        void shouldTellWatchersOfNewReleasesAndUsesLive() throws Exception {
            Member officer = newMember(true);
            String componentId = importDocument(officer, example("publiccode.minimal.yml"), null, List.of());
            WebSocketGraphQlTester watcher = websocket(null);
            watcher.start().block(Duration.ofSeconds(5));
            List<String> heard = new CopyOnWriteArrayList<>();
            watcher.documentName("componentUpdates").operationName("componentReleased").variable("componentId", componentId).executeSubscription()
                    .toFlux("componentReleased.version", String.class).subscribe(heard::add);
            watcher.documentName("componentUpdates").operationName("componentUsed").variable("componentId", componentId).executeSubscription()
                    .toFlux("componentUsed.context", String.class).subscribe(heard::add);
            Thread.sleep(300); // the subscribe messages reach the server before the events are published

            as(officer.token()).documentName("catalogueChange").operationName("publishRelease")
                    .variable("release", Map.of("componentId", componentId, "version", "2.0.0", "releasedOn", "2026-10-01")).execute()
                    .path("publishRelease.release.version").entity(String.class).isEqualTo("2.0.0");
            as(officer.token()).documentName("catalogueChange").operationName("declareComponentUse")
                    .variable("use", Map.of("bodyId", officer.bodyId(), "componentId", componentId, "version", "2.0.0", "context", "Guichet citoyen"))
                    .execute().path("declareComponentUse.use.component.usersCount").entity(Integer.class).isEqualTo(1);

            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(heard).containsExactlyInAnyOrder("2.0.0", "Guichet citoyen"));
            watcher.stop().block(Duration.ofSeconds(5));
        }

        @Test
        void shouldNotifyThoseWatchingAComponentOfItsReleasesAndUses() throws Exception {
            Member officer = newMember(true);
            Member watcher = newMember(false);
            Member stranger = newMember(false);
            String componentId = importDocument(officer, example("publiccode.minimal.yml"), null, List.of());
            as(watcher.token()).documentName("catalogueChange").operationName("watchComponent").variable("id", componentId).execute()
                    .path("watch.level").entity(String.class).isEqualTo("WATCHING");

            as(officer.token()).documentName("catalogueChange").operationName("publishRelease")
                    .variable("release", Map.of("componentId", componentId, "version", "3.0", "releasedOn", "2026-10-15")).execute().errors().verify();
            as(officer.token()).documentName("catalogueChange").operationName("declareComponentUse")
                    .variable("use", Map.of("bodyId", officer.bodyId(), "componentId", componentId)).execute().errors().verify();

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(as(watcher.token()).documentName("catalogueChange")
                    .operationName("componentNotifications").execute().path("notifications.edges[*].node.kind").entityList(String.class).get())
                    .containsExactlyInAnyOrder("COMPONENT_RELEASED", "COMPONENT_USED"));
            as(watcher.token()).documentName("catalogueChange").operationName("componentNotifications").execute()
                    .path("notifications.edges[0].node.component.id").entity(String.class).isEqualTo(componentId);
            as(stranger.token()).documentName("catalogueChange").operationName("componentNotifications").execute()
                    .path("notifications.edges").entityList(Object.class).hasSize(0);
        }

        @Test
        void shouldCountUsesAndForgetWithdrawnOnes() throws Exception {
            Member officer = newMember(true);
            Member other = newMember(true);
            String componentId = importDocument(officer, example("publiccode.minimal.yml"), null, List.of());
            for (Member m : List.of(officer, other))
                as(m.token()).documentName("catalogueChange").operationName("declareComponentUse")
                        .variable("use", Map.of("bodyId", m.bodyId(), "componentId", componentId)).execute().errors().verify();

            as(other.token()).documentName("catalogueChange").operationName("withdrawComponentUse")
                    .variable("use", Map.of("bodyId", other.bodyId(), "componentId", componentId)).execute()
                    .path("withdrawComponentUse.component.usersCount").entity(Integer.class).isEqualTo(1);
            as(other.token()).documentName("catalogueChange").operationName("declareComponentUse")
                    .variable("use", Map.of("bodyId", officer.bodyId(), "componentId", componentId)).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        }

        @Test
        void shouldFacetFilterAndSortComponentsByWhatTheyAreAndHowManyBodiesUseThem() {
            String word = "k" + UUID.randomUUID().toString().substring(0, 8);
            Member officer = newMember(true);
            String popular = importDocument(officer, document("Guichet " + word, "fr", "Un guichet " + word + ".", "x".repeat(160), "digital-citizenship"),
                    null, List.of());
            importDocument(officer, document("Formulaires " + word, "fr", "Des formulaires " + word + ".", "x".repeat(160), "data-collection"),
                    null, List.of());
            for (Member m : List.of(officer, newMember(true)))
                as(m.token()).documentName("catalogueChange").operationName("declareComponentUse")
                        .variable("use", Map.of("bodyId", m.bodyId(), "componentId", popular)).execute().errors().verify();
            String search = """
                    query($q: String!, $filter: SearchFilter) { search(query: $q, types: [COMPONENT], filter: $filter, sort: MOST_REUSED) {
                      totalCount facets { name values { value count } } edges { node { node { ... on Component { id } } } } } }""";

            await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> graphql.document(search).variable("q", word).execute()
                    .path("search.totalCount").entity(Integer.class).isEqualTo(2)
                    .path("search.edges[0].node.node.id").entity(String.class).isEqualTo(popular)
                    .path("search.facets[?(@.name == 'usedBy')].values[*].value").entityList(String.class).contains("0", "2-4")
                    .path("search.facets[?(@.name == 'platform')].values[*].count").entityList(Integer.class).containsExactly(2)
                    .path("search.facets[?(@.name == 'developmentStatus')].values[*].value").entityList(String.class).containsExactly("STABLE"));
            graphql.document(search).variable("q", word).variable("filter", Map.of("minReuses", 1, "softwareType", "STANDALONE_WEB")).execute()
                    .path("search.edges[*].node.node.id").entityList(String.class).containsExactly(popular);
            graphql.document(search).variable("q", word).variable("filter", Map.of("developmentStatus", "BETA")).execute()
                    .path("search.totalCount").entity(Integer.class).isEqualTo(0);
        }

        @Test
        void shouldRefuseADependencyCycleAsAConflict() throws Exception {
            Member officer = newMember(true);
            String app = importDocument(officer, document("Guichet", "fr", "Un guichet.", "x".repeat(160), "digital-citizenship"), null, List.of());
            String lib = importDocument(officer, document("Formulaires", "fr", "Des formulaires.", "x".repeat(160), "data-collection"), null, List.of());
            as(officer.token()).documentName("catalogueChange").operationName("addComponentDependency")
                    .variable("dependency", Map.of("componentId", app, "dependsOnId", lib, "versionRange", ">=1.0")).execute()
                    .path("addComponentDependency.dependency.dependsOn.dependents[0].component.name").entity(String.class).isEqualTo("Guichet");

            as(officer.token()).documentName("catalogueChange").operationName("addComponentDependency")
                    .variable("dependency", Map.of("componentId", lib, "dependsOnId", app)).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions()).containsEntry("code", "CONFLICT");
                        assertThat(e.getMessage()).contains("Formulaires → Guichet → Formulaires");
                    }));
        }
    }

    @Nested
    class ReuseBeforeYouBuy {

        /** A published challenge of the officer's body with tags; returns its global id. */
        private String challenge(Member officer, String title, String description, String language, List<String> tags, boolean publish) {
            String id = as(officer.token()).documentName("createChallenge").variable("input", Map.of(
                            "bodyId", officer.bodyId(), "title", title, "description", description, "language", language,
                            "budgetCeiling", "20000.00", "closesAt", Instant.now().plus(Duration.ofDays(20)).toString(), "tags", tags,
                            "deliveryCalendar", "8 semaines", "informationContact", "info@ville.example", "awardRule", Map.of("kind", "PRICE_ONLY")))
                    .execute().path("createChallenge.challenge.id").entity(String.class).get();
            if (publish) as(officer.token()).documentName("publishChallenge").variable("id", id).execute().errors().verify();
            return id;
        }

        private void shouldRankTheComponentDeliveredForASimilarChallengeFirst(Member earlier, String earlierTitle, String earlierText,
                                                                              String componentDocument, String unrelatedDocument,
                                                                              Member drafting, String draftTitle, String draftText,
                                                                              String language, String tag) {
            String past = challenge(earlier, earlierTitle, earlierText, language, List.of(tag), true);
            String delivered = importDocument(earlier, componentDocument, past, List.of(tag));
            String unrelated = importDocument(earlier, unrelatedDocument, null, List.of());
            String draft = challenge(drafting, draftTitle, draftText, language, List.of(tag), false);

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                var result = as(drafting.token()).documentName("reuseCandidates").variable("challenge", draft).execute();
                List<String> ids = result.path("reuseCandidates[*].node.id").entityList(String.class).get();
                assertThat(ids).contains(delivered, past);
                assertThat(ids.indexOf(unrelated) < 0 || ids.indexOf(delivered) < ids.indexOf(unrelated)).isTrue();
                result.path("reuseCandidates[" + ids.indexOf(delivered) + "].reasons[*].kind").entityList(String.class)
                        .contains("SIMILAR_TEXT", "SHARED_TAGS", "DELIVERED_FOR_SIMILAR_CHALLENGE");
                result.path("reuseCandidates[" + ids.indexOf(delivered) + "].reasons[*].challenge.id").entityList(String.class).contains(past);
            });
        }

        @Test
        void shouldFindWhatAnEarlierFrenchChallengeProduced() {
            String tag = "neige" + UUID.randomUUID().toString().substring(0, 6);
            shouldRankTheComponentDeliveredForASimilarChallengeFirst(newMember(true),
                    "Optimisation des tournées de déneigement",
                    "Calculer les tournées de déneigement des rues et des trottoirs à partir de la géobase et des priorités.",
                    document("Tournées Neige", "fr", "Optimise les tournées de déneigement des rues.",
                            "Moteur d'optimisation des tournées de déneigement et de chargement de la neige. Il lit la géobase routière, "
                                    + "les priorités de déneigement et les dépôts à neige, puis produit des tournées pour les équipes.",
                            "geographic-information-systems"),
                    document("Calendrier des collectes", "fr", "Calendriers iCal des collectes de matières résiduelles.",
                            "Générateur de calendriers des collectes de matières résiduelles (ordures, recyclage, compost) par adresse, "
                                    + "auxquels les citoyens s'abonnent pour leur secteur dans leur application de calendrier.",
                            "collaboration"),
                    newMember(true), "Planifier le déneigement des trottoirs",
                    "Nous cherchons un outil qui planifie les tournées de déneigement des trottoirs selon les priorités.", "FR", tag);
        }

        @Test
        void shouldFindWhatAnEarlierEnglishChallengeProduced() {
            String tag = "snow" + UUID.randomUUID().toString().substring(0, 6);
            shouldRankTheComponentDeliveredForASimilarChallengeFirst(newMember(true),
                    "Open data harvester for municipal portals",
                    "Harvest dataset metadata from municipal open data portals and publish it in a central catalogue.",
                    document("Harvester", "en", "Harvests open data metadata from portals.",
                            "A scheduled harvester that collects dataset metadata from open data portals, maps it to DCAT-AP and publishes "
                                    + "bilingual records to a central catalogue, reporting broken links per source portal.",
                            "data-collection"),
                    document("Room booking", "en", "Books meeting rooms in city buildings.",
                            "A booking tool for meeting rooms and equipment in public buildings, with calendars per room, approvals by "
                                    + "building managers and reminders sent to people who booked a room the day before.",
                            "online-booking"),
                    newMember(true), "Harvesting datasets from our portals",
                    "We need a tool that harvests the metadata of datasets from our open data portals every night.", "EN", tag);
        }

        @Test
        void shouldShowCandidatesToTheBodysOfficersOnly() {
            Member officer = newMember(true);
            String draft = challenge(officer, "Un besoin", "Un besoin bien décrit.", "FR", List.of(), false);

            as(newMember(true).token()).documentName("reuseCandidates").variable("challenge", draft).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
        }
    }
}
