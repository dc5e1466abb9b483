package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;

import echanges.catalogue.Components;
import echanges.catalogue.NewComponent;
import echanges.forum.Forum;
import echanges.forum.NewThread;
import echanges.forum.StartedThread;
import echanges.forum.Subject;
import echanges.platform.GlobalId;
import echanges.platform.Graph;
import echanges.platform.Language;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.ChallengeStatus;
import echanges.procurement.Challenges;

/** A nested list query costs a fixed number of Cypher round trips, however many items it lists. */
class RoundTripTests extends ApiTest {

    @Autowired Graph graph;
    @Autowired Challenges challenges;
    @Autowired Components components;
    @Autowired Forum forum;
    @Autowired ApplicationContext context;

    @BeforeEach
    void pauseSearchSync() {
        // The search sync polls the graph in the background; its statements are not the query's.
        context.getBean("searchSync", Lifecycle.class).stop();
    }

    @AfterEach
    void resumeSearchSync() {
        context.getBean("searchSync", Lifecycle.class).start();
    }

    @Test
    void shouldLoadNestedListsInTheSameNumberOfRoundTripsForTwoOrSixChallenges() {
        String small = bodyWithChallenges(2);
        String large = bodyWithChallenges(6);

        long forSmall = statementsFor(small);
        long forLarge = statementsFor(large);

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forLarge).isLessThanOrEqualTo(10);
    }

    private long statementsFor(String bodyId) {
        long before = graph.statementCount();
        graphql.documentName("nestedChallenges").variable("bodyId", bodyId).execute()
                .path("challenges.edges[*].node.threads.edges[*].node.posts.edges[*].node.author.handle").entityList(String.class)
                .satisfies(handles -> assertThat(handles).isNotEmpty());
        return graph.statementCount() - before;
    }

    /** A body with challenges, each with a delivered component, tags, and two threads of three posts. */
    private String bodyWithChallenges(int count) {
        Member officer = newMember(true);
        String bodyId = GlobalId.expect(officer.bodyId(), "PublicBody");
        Viewer viewer = accounts.viewer(officer.person().id()).orElseThrow();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            Instant now = Instant.now();
            challenges.loadExisting(new Challenge(id, bodyId, "Défi " + i, "Un besoin.", Language.FR, ChallengeStatus.PUBLISHED,
                    new BigDecimal("10000"), "CAD", now.plus(Duration.ofDays(20)), now, now), List.of("api", "t" + i));
            components.create(new NewComponent("Composant " + i, "Livré.", Language.FR, "https://code.example.org/c" + i, "MIT", id, List.of()), viewer);
            for (int t = 0; t < 2; t++) {
                StartedThread thread = forum.start(new NewThread("Question " + t, "Bonjour", new Subject(Subject.Kind.CHALLENGE, id), null, List.of("q")), viewer);
                String reply = forum.reply(thread.post().id(), "Réponse", viewer).id();
                forum.reply(reply, "Merci", viewer);
            }
        }
        return officer.bodyId();
    }
}
