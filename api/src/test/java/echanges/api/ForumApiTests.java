package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;

import echanges.platform.GlobalId;
import echanges.platform.Graph;

/** The forum through GraphQL, with the real search index and WebSocket. */
class ForumApiTests extends ApiTest {

    @Autowired Graph graph;
    @Autowired ApplicationContext context;

    private String startThread(Member author, String title, String body, String categoryId) {
        return as(author.token()).document("""
                mutation($title: String!, $body: String!, $category: ID) {
                  startThread(input: {title: $title, body: $body, categoryId: $category}) { thread { id } post { id } } }""")
                .variable("title", title).variable("body", body).variable("category", categoryId).execute()
                .path("startThread.post.id").entity(String.class).get();
    }

    private String reply(Member author, String postId, String body) {
        return as(author.token()).document("mutation($id: ID!, $body: String!) { replyToPost(input: {postId: $id, body: $body}) { post { id } } }")
                .variable("id", postId).variable("body", body).execute().path("replyToPost.post.id").entity(String.class).get();
    }

    private String category(String slug) {
        return graphql.document("{ categories { id slug name { fr en } } }").execute()
                .path("categories[?(@.slug == '" + slug + "')].id").entityList(String.class).get().getFirst();
    }

    @Test
    void shouldPushAMentionLiveToTheMentionedPersonAndToNobodyElse() throws Exception {
        Member author = newMember(false);
        Member mentioned = newMember(false);
        Member bystander = newMember(false);
        String firstPost = startThread(author, "Question d'accessibilité", "Qui connaît le RGAA ?", null);
        List<String> heardByMentioned = new CopyOnWriteArrayList<>();
        List<String> heardByBystander = new CopyOnWriteArrayList<>();
        WebSocketGraphQlTester mentionedSocket = websocket(mentioned.token());
        WebSocketGraphQlTester bystanderSocket = websocket(bystander.token());
        mentionedSocket.start().block(Duration.ofSeconds(5));
        bystanderSocket.start().block(Duration.ofSeconds(5));
        String subscription = "subscription { notifications { kind actor { handle } post { body } } }";
        mentionedSocket.document(subscription).executeSubscription().toFlux("notifications.kind", String.class).subscribe(heardByMentioned::add);
        bystanderSocket.document(subscription).executeSubscription().toFlux("notifications.kind", String.class).subscribe(heardByBystander::add);
        Thread.sleep(300); // the subscribe messages reach the server before the post is written

        reply(author, firstPost, "Je pense que @" + mentioned.person().handle() + " saura répondre.");

        await().atMost(Duration.ofSeconds(1)).until(() -> heardByMentioned.size() == 1);
        Thread.sleep(300);
        assertThat(heardByMentioned).containsExactly("MENTIONED");
        assertThat(heardByBystander).isEmpty();
        as(mentioned.token()).document("{ notifications(unreadOnly: true) { unreadCount edges { node { kind read } } } }").execute()
                .path("notifications.unreadCount").entity(Integer.class).isEqualTo(1);
        mentionedSocket.stop().block(Duration.ofSeconds(5));
        bystanderSocket.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void shouldFindAReplyByAnAccentFreeWordWithFiltersAndDropItOnceHidden() {
        String word = "z" + UUID.randomUUID().toString().substring(0, 8);
        Member author = newMember(false);
        Member replier = newMember(false);
        String firstPost = startThread(author, "Tournées de déneigement " + word, "Quel outil pour planifier ?", category("help"));
        String replyId = reply(replier, firstPost, "Nous utilisons une bibliothèque de routage éprouvée, très fiable " + word + ".");
        String search = """
                query($q: String!, $filter: SearchFilter) { search(query: $q, types: [POST], filter: $filter) {
                  totalCount edges { node { node { ... on Post { id } } highlights { field fragments } } } } }""";

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> graphql.document(search)
                .variable("q", "bibliotheque eprouvee " + word).variable("filter", Map.of("category", "help", "author", replier.person().handle()))
                .execute().path("search.edges[*].node.node.id").entityList(String.class).containsExactly(replyId));
        graphql.document(search).variable("q", "bibliotheque " + word).variable("filter", Map.of("category", "community")).execute()
                .path("search.totalCount").entity(Integer.class).isEqualTo(0);
        graphql.document(search).variable("q", "bibliotheque " + word).variable("filter", Map.of("solved", true)).execute()
                .path("search.totalCount").entity(Integer.class).isEqualTo(0);

        for (int i = 0; i < 3; i++)
            as(newMember(false).token()).document("mutation($id: ID!) { flagPost(input: {postId: $id, reason: SPAM}) { post { hidden } } }")
                    .variable("id", replyId).execute().errors().verify();

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> graphql.document(search)
                .variable("q", "bibliotheque " + word).variable("filter", Map.of("author", replier.person().handle()))
                .execute().path("search.totalCount").entity(Integer.class).isEqualTo(0));
    }

    @Test
    void shouldRenderPostsToSanitisedHtml() {
        Member author = newMember(false);

        String postId = startThread(author, "Démonstration", "**Gras** <img src=x onerror=alert(1)> [lien](javascript:alert(2))", null);

        graphql.document("query($id: ID!) { node(id: $id) { ... on Post { body html } } }").variable("id", postId).execute()
                .path("node.body").entity(String.class).satisfies(body -> assertThat(body).contains("onerror"))
                .path("node.html").entity(String.class).satisfies(html -> assertThat(html)
                        .contains("<strong>Gras</strong>").doesNotContain("onerror").doesNotContainIgnoringCase("javascript:"));
    }

    @Test
    void shouldAnswerTheFirstDayLimitWithRateLimitedAndWhenToRetry() {
        String handle = "n" + UUID.randomUUID().toString().substring(0, 8);
        String token = graphql.document("mutation($h: String!) { register(input: {email: \"" + handle + "@test.example\", password: \"a long enough password\", handle: $h, displayName: \"Nouveau\"}) { token } }")
                .variable("h", handle).execute().path("register.token").entity(String.class).get();
        for (int i = 0; i < 3; i++)
            as(token).document("mutation { startThread(input: {title: \"Sujet\", body: \"Texte\"}) { thread { id } } }").execute().errors().verify();

        as(token).document("mutation { startThread(input: {title: \"Un de trop\", body: \"Texte\"}) { thread { id } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", "RATE_LIMITED").containsKey("retryAt");
                    assertThat(e.getMessage()).contains("3 threads");
                }));
    }

    @Test
    void shouldServeAThreadPageOfFiftyPostsWithAuthorsAndVotesInAFewRoundTrips() {
        Member author = newMember(false);
        Member voter = newMember(false);
        String firstPost = startThread(author, "Un long fil", "Le début", null);
        List<Member> writers = new ArrayList<>();
        for (int i = 0; i < 7; i++) writers.add(newMember(false));
        String parent = firstPost;
        for (int i = 0; i < 49; i++) {
            String id = reply(writers.get(i % writers.size()), i % 3 == 0 ? firstPost : parent, "Message " + i);
            if (i % 5 == 0) as(voter.token()).document("mutation($id: ID!) { votePost(input: {postId: $id, vote: true}) { post { id } } }")
                    .variable("id", id).execute().errors().verify();
            parent = id;
        }
        String threadId = GlobalId.encode("Thread", graph.read(tx -> tx.single("MATCH (:Post {id: $id})-[:IN]->(t:Thread) RETURN t.id AS id",
                Map.of("id", GlobalId.expect(firstPost, "Post")))).get("id").asString());
        context.getBean("searchSync", Lifecycle.class).stop();
        try {
            long before = graph.statementCount();

            as(voter.token()).document("""
                    query($id: ID!) { node(id: $id) { ... on Thread { title posts(first: 50, view: TREE) { totalCount edges { node {
                      depth html author { handle displayName } voteCount viewerHasVoted } } } } } }""")
                    .variable("id", threadId).execute()
                    .path("node.posts.edges").entityList(Object.class).hasSize(50)
                    .path("node.posts.edges[*].node.viewerHasVoted").entityList(Boolean.class).contains(true);

            // the viewer, the thread, its posts with their votes and the viewer's own vote, their authors
            assertThat(graph.statementCount() - before).isLessThanOrEqualTo(4);
        } finally {
            context.getBean("searchSync", Lifecycle.class).start();
        }
    }

    @Test
    void shouldPushThreadUpdatesToItsOpenViews() throws Exception {
        Member author = newMember(false);
        Member moderator = newMember(false);
        accounts.setModerator(moderator.person().id(), true);
        String firstPost = startThread(author, "Mise à jour en direct", "Le début", null);
        String replyId = reply(newMember(false), firstPost, "Une réponse utile");
        String threadId = graphql.document("query($id: ID!) { node(id: $id) { ... on Post { thread { id } } } }").variable("id", replyId)
                .execute().path("node.thread.id").entity(String.class).get();
        WebSocketGraphQlTester view = websocket(null);
        view.start().block(Duration.ofSeconds(5));
        List<Map<String, Object>> heard = new CopyOnWriteArrayList<>();
        view.document("subscription($id: ID!) { threadUpdated(threadId: $id) { voteCount locked solved } }").variable("id", threadId)
                .executeSubscription().toFlux("threadUpdated", Map.class).subscribe(m -> heard.add(m));
        Thread.sleep(300); // the subscribe message reaches the server first

        as(author.token()).document("mutation($id: ID!) { votePost(input: {postId: $id, vote: true}) { post { voteCount } } }")
                .variable("id", replyId).execute().errors().verify();
        as(author.token()).document("mutation($id: ID!) { acceptAnswer(input: {postId: $id}) { thread { solved } } }")
                .variable("id", replyId).execute().path("acceptAnswer.thread.solved").entity(Boolean.class).isEqualTo(true);
        as(moderator.token()).document("mutation($id: ID!) { moderateThread(input: {threadId: $id, locked: true}) { thread { locked } } }")
                .variable("id", threadId).execute().path("moderateThread.thread.locked").entity(Boolean.class).isEqualTo(true);

        await().atMost(Duration.ofSeconds(2)).until(() -> heard.size() == 3);
        assertThat(heard.getLast()).containsEntry("voteCount", 1).containsEntry("locked", true).containsEntry("solved", true);
        view.stop().block(Duration.ofSeconds(5));
    }
}
