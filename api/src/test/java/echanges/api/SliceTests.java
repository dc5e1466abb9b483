package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;

import echanges.accounts.MembershipRole;
import echanges.platform.GlobalId;
import reactor.core.publisher.Mono;

/** The vertical slice end to end: sign in, draft, publish, hear it live, find it by search. */
class SliceTests extends ApiTest {

    @Test
    void shouldTakeAChallengeFromSignInToLiveEventToAccentFreeSearch() throws Exception {
        String word = "z" + UUID.randomUUID().toString().substring(0, 8);
        String handle = "officer" + word;
        String email = handle + "@ville.example";
        String personId = GlobalId.parse(graphql.document("""
                mutation { register(input: {email: "%s", password: "un mot de passe solide", handle: "%s", displayName: "Agente %s"}) { person { id } token } }
                """.formatted(email, handle, word)).execute().path("register.person.id").entity(String.class).get()).id();
        var body = accounts.createPublicBody("Ville de Québec " + word, "QC");
        accounts.grant(personId, body.id(), MembershipRole.OFFICER);
        String token = graphql.documentName("signIn").variable("email", email).variable("password", "un mot de passe solide")
                .execute().path("signIn.token").entity(String.class).get();

        String challengeId = as(token).documentName("createChallenge").variable("input", Map.of(
                        "bodyId", GlobalId.encode("PublicBody", body.id()),
                        "title", "Portail pour les Développeurs de la ville " + word,
                        "description", "Un portail de données ouvertes, avec une API documentée.",
                        "language", "FR", "budgetCeiling", "45000.00",
                        "closesAt", Instant.now().plus(Duration.ofDays(20)).toString(), "tags", List.of("Open-Data", "api"),
                        "deliveryCalendar", "Livraison en 12 semaines", "informationContact", "defis@ville.example",
                        "awardRule", Map.of("kind", "QUALITY_PRICE", "k", "20", "criteria", List.of(
                                Map.of("name", "Approche technique", "weight", "50"),
                                Map.of("name", "Expérience de l'équipe", "weight", "30"),
                                Map.of("name", "Accessibilité", "weight", "20")))))
                .execute()
                .path("createChallenge.challenge.status").entity(String.class).isEqualTo("DRAFT")
                .path("createChallenge.challenge.budgetCeiling.amount").entity(String.class).isEqualTo("45000.00")
                .path("createChallenge.challenge.tags[*].name").entityList(String.class).containsExactly("api", "open-data")
                .path("createChallenge.challenge.id").entity(String.class).get();

        WebSocketGraphQlTester subscriber = websocket(token);
        subscriber.start().block(Duration.ofSeconds(5));
        Mono<Instant> received = subscriber.documentName("challengePublished").executeSubscription()
                .toFlux("challengePublished.id", String.class).filter(challengeId::equals).next()
                .map(id -> Instant.now()).cache();
        received.subscribe();
        Thread.sleep(300); // the subscribe message reaches the server before the event is published

        as(token).documentName("publishChallenge").variable("id", challengeId).execute()
                .path("publishChallenge.challenge.status").entity(String.class).isEqualTo("PUBLISHED");
        Instant published = Instant.now();

        Instant arrived = received.block(Duration.ofSeconds(1));
        assertThat(Duration.between(published, arrived)).isLessThan(Duration.ofSeconds(1));
        subscriber.stop().block(Duration.ofSeconds(5));

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
            GraphQlTester.Response found = graphql.documentName("search").variable("query", "developpeur " + word)
                    .variable("types", List.of("CHALLENGE")).execute();
            found.path("search.edges[0].node.node.id").entity(String.class).isEqualTo(challengeId);
            found.path("search.edges[0].node.highlights[?(@.field == 'title')].fragments[0]").entityList(String.class)
                    .satisfies(fragments -> assertThat(fragments.getFirst()).contains("<em>Développeurs</em>"));
        });
    }

    @Test
    void shouldPushEachReplyToTheViewersOfItsThreadOnly() throws Exception {
        Member author = newMember(false);
        String threadId = as(author.token()).document("""
                mutation { startThread(input: {title: "Quelle licence pour un composant municipal?", body: "AGPL ou EUPL?", tags: ["licences"]}) {
                  thread { id } post { id } } }""").execute().path("startThread.thread.id").entity(String.class).get();
        String otherThreadId = as(author.token()).document("""
                mutation { startThread(input: {title: "Another thread", body: "Unrelated."}) { thread { id } } }""")
                .execute().path("startThread.thread.id").entity(String.class).get();
        String firstPostId = graphql.document("query($id: ID!) { node(id: $id) { ... on Thread { posts(first: 1) { edges { node { id } } } } } }")
                .variable("id", threadId).execute().path("node.posts.edges[0].node.id").entity(String.class).get();

        WebSocketGraphQlTester viewer = websocket(null);
        viewer.start().block(Duration.ofSeconds(5));
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        viewer.documentName("postAdded").variable("threadId", threadId).executeSubscription()
                .toFlux("postAdded.body", String.class).subscribe(heard::add);
        Thread.sleep(300); // the subscribe message reaches the server before the posts are added

        as(author.token()).document("mutation($id: ID!) { replyToPost(input: {postId: $id, body: \"L'EUPL, compatible avec la GPL.\"}) { post { id } } }")
                .variable("id", firstPostId).execute().errors().verify();
        String otherPost = graphql.document("query($id: ID!) { node(id: $id) { ... on Thread { posts(first: 1) { edges { node { id } } } } } }")
                .variable("id", otherThreadId).execute().path("node.posts.edges[0].node.id").entity(String.class).get();
        as(author.token()).document("mutation($id: ID!) { replyToPost(input: {postId: $id, body: \"Not for the first thread.\"}) { post { id } } }")
                .variable("id", otherPost).execute().errors().verify();

        await().atMost(Duration.ofSeconds(1)).until(() -> heard.size() == 1);
        Thread.sleep(200);
        assertThat(heard).containsExactly("L'EUPL, compatible avec la GPL.");
        viewer.stop().block(Duration.ofSeconds(5));
    }
}
