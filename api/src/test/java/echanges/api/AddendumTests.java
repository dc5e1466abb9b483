package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An addendum is shown with the challenge and notified to everyone following it, and to nobody else. */
class AddendumTests extends ApiTest {

    private void watch(Member member, String targetId, String level) {
        as(member.token()).document("mutation($id: ID!, $level: WatchLevel!) { watch(input: {targetId: $id, level: $level}) { level } }")
                .variable("id", targetId).variable("level", level).execute().errors().verify();
    }

    private List<String> notificationKinds(Member member) {
        return as(member.token()).document("{ notifications { edges { node { kind challenge { id } } } } }").execute()
                .path("notifications.edges[*].node.kind").entityList(String.class).get();
    }

    @Test
    void shouldShowAddendaAndNotifyFollowersOnly() {
        Member officer = newMember(true);
        String challengeId = publishedChallenge(officer, "Portail des permis", Duration.ofDays(30));
        Member watcher = newMember(false);
        Member writer = newMember(false);
        Member muted = newMember(false);
        Member stranger = newMember(false);
        watch(watcher, challengeId, "TRACKING");
        watch(muted, challengeId, "MUTED");
        as(writer.token()).document("mutation($id: ID!) { startThread(input: {title: \"Question\", body: \"Le format?\", subjectId: $id}) { thread { id } } }")
                .variable("id", challengeId).execute().errors().verify();

        as(officer.token()).document("""
                mutation($id: ID!) { publishAddendum(input: {challengeId: $id, text: "Les livrables incluent la documentation.", affectsPrices: false}) {
                  addendum { number closesAtBefore closesAtAfter } challenge { addenda { number text } } } }""")
                .variable("id", challengeId).execute()
                .path("publishAddendum.addendum.number").entity(Integer.class).isEqualTo(1)
                .path("publishAddendum.challenge.addenda[0].text").entity(String.class).isEqualTo("Les livrables incluent la documentation.");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(notificationKinds(watcher)).containsExactly("ADDENDUM");
            assertThat(notificationKinds(writer)).containsExactly("ADDENDUM");
        });
        assertThat(notificationKinds(muted)).isEmpty();
        assertThat(notificationKinds(stranger)).isEmpty();
        graphql.document("query($id: ID!) { node(id: $id) { ... on Challenge { addenda { number affectsPrices } } } }").variable("id", challengeId)
                .execute().path("node.addenda[*].number").entityList(Integer.class).containsExactly(1);
    }

    @Test
    void shouldRefuseAnAddendumFromSomeoneWhoIsNotAnOfficer() {
        String challengeId = publishedChallenge(newMember(true), "Portail des permis", Duration.ofDays(30));

        as(newMember(false).token()).document("mutation($id: ID!) { publishAddendum(input: {challengeId: $id, text: \"Non\", affectsPrices: true}) { addendum { number } } }")
                .variable("id", challengeId).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
    }
}
