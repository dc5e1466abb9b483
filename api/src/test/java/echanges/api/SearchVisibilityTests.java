package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import echanges.accounts.Supplier;
import echanges.accounts.SupplierKind;
import echanges.forum.Forum;
import echanges.forum.Moderation;
import echanges.forum.NewThread;
import echanges.forum.StartedThread;
import echanges.platform.GlobalId;
import echanges.platform.Viewer;
import echanges.testing.TestElasticsearch;

/**
 * What search and autocomplete show, for every role: a draft challenge, a hidden post, a deleted
 * post and a suspended person's handle are never found; a published challenge and a visible post
 * with the same words are, so that each refusal is a real one. A draft forced into the index
 * behind the drain's back (drift) is still filtered out by the graph.
 */
class SearchVisibilityTests extends ApiTest {

    @Autowired Forum forum;
    @Autowired Moderation moderation;

    private static final String SEARCH = """
            query($q: String!) { search(query: $q, first: 50) { edges { node { node { __typename
              ... on Challenge { id title } ... on Post { id } ... on Thread { id } } } } } }""";
    private static final String COMPLETE = """
            query($p: String!) { autocomplete(prefix: $p, first: 20) { text node { id } } }""";

    @Test
    void shouldShowNoRoleWhatIsNotPublic() throws Exception {
        String word = "vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Member officer = newMember(true);
        Member otherOfficer = newMember(true);
        Supplier supplier = accounts.createSupplier("Atelier " + word, SupplierKind.SME);
        Member representative = representative(supplier);
        Member moderator = newMember(false);
        accounts.setModerator(moderator.person().id(), true);
        Viewer moderatorViewer = accounts.viewer(moderator.person().id()).orElseThrow();

        String published = publishedChallenge(officer, "Portail public " + word, Duration.ofDays(20));
        String draft = as(officer.token()).document("""
                        mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }""")
                .variable("input", Map.of("bodyId", officer.bodyId(), "title", "Brouillon secret " + word, "description", "Pas encore.",
                        "language", "FR", "budgetCeiling", "10000.00", "closesAt", Instant.now().plus(Duration.ofDays(30)).toString()))
                .execute().path("createChallenge.challenge.id").entity(String.class).get();
        Viewer author = accounts.viewer(representative.person().id()).orElseThrow();
        StartedThread thread = forum.start(new NewThread("Discussion " + word, "Premier message " + word, null, null, List.of()), author);
        String visiblePost = forum.reply(thread.post().id(), "Réponse visible " + word, author).id();
        String hiddenPost = forum.reply(thread.post().id(), "Réponse masquée " + word + "masque", author).id();
        String deletedPost = forum.reply(thread.post().id(), "Réponse effacée " + word + "efface", author).id();
        moderation.setHidden(hiddenPost, true, moderatorViewer);
        forum.delete(deletedPost, author);
        Member suspended = newMember(false);
        String suspendedHandle = suspended.person().handle();
        accounts.suspend(suspended.person().id(), Instant.now().plus(Duration.ofDays(7)), "Pourriel", moderatorViewer);
        // Drift: the draft forced into the index, as a lost delete would leave it.
        TestElasticsearch.get().client().index(i -> i.index("echanges-challenge").id(GlobalId.parse(draft).id())
                .version(1_000L).versionType(VersionType.External).refresh(Refresh.True)
                .document(Map.of("type", "challenge", "language", "FR", "title", "Brouillon secret " + word, "text", "",
                        "date", Instant.now().toString())));

        Map<String, Member> roles = new LinkedHashMap<>();
        roles.put("anonymous", null);
        roles.put("supplier", representative);
        roles.put("officer of the body", officer);
        roles.put("officer of another body", otherOfficer);
        roles.put("moderator", moderator);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            for (Map.Entry<String, Member> role : roles.entrySet()) {
                var client = role.getValue() == null ? graphql : as(role.getValue().token());
                List<String> found = client.document(SEARCH).variable("q", word).execute()
                        .path("search.edges[*].node.node.id").entityList(String.class).get();
                assertThat(found).as(role.getKey()).contains(published, GlobalId.encode("Post", visiblePost))
                        .doesNotContain(draft, GlobalId.encode("Post", hiddenPost), GlobalId.encode("Post", deletedPost));
                assertThat(client.document(SEARCH).variable("q", word + "masque").execute()
                        .path("search.edges[*].node.node.id").entityList(String.class).get()).as(role.getKey()).isEmpty();
                assertThat(client.document(SEARCH).variable("q", word + "efface").execute()
                        .path("search.edges[*].node.node.id").entityList(String.class).get()).as(role.getKey()).isEmpty();
                assertThat(client.document(COMPLETE).variable("p", suspendedHandle).execute()
                        .path("autocomplete[*].node.id").entityList(String.class).get()).as(role.getKey())
                        .doesNotContain(GlobalId.encode("Person", suspended.person().id()));
                assertThat(client.document(COMPLETE).variable("p", officer.person().handle()).execute()
                        .path("autocomplete[*].node.id").entityList(String.class).get()).as(role.getKey())
                        .contains(GlobalId.encode("Person", officer.person().id()));
            }
        });
    }
}
