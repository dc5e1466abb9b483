package echanges.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import echanges.catalogue.Components;
import echanges.platform.Graph;
import echanges.platform.InProcessEventBus;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.PlatformException;
import echanges.platform.Viewer;
import echanges.procurement.ChallengeDraft;
import echanges.procurement.Challenges;
import echanges.procurement.rules.Jurisdictions;
import echanges.testing.TestNeo4j;

class ForumTests {

    private final Graph graph = TestNeo4j.get().graph();
    private final InProcessEventBus events = new InProcessEventBus();
    private final Challenges challenges = new Challenges(graph, Clock.systemUTC(), events, Jurisdictions.defaults());
    private final Forum forum = new Forum(graph, Clock.systemUTC(), events, challenges, new Components(graph, Clock.systemUTC(), challenges));

    /** A person, and a public body they are an officer of, written as the accounts module would. */
    private Viewer officer() {
        String personId = UUID.randomUUID().toString();
        String bodyId = UUID.randomUUID().toString();
        graph.write(tx -> {
            tx.run("CREATE (:Person {id: $p, handle: $p})-[:MEMBER_OF {role: 'OFFICER'}]->(:PublicBody {id: $b, name: 'Ville', jurisdiction: 'QC'})",
                    Map.of("p", personId, "b", bodyId));
            return null;
        });
        return new Viewer(personId, Set.of(bodyId), Set.of());
    }

    @Test
    void shouldKeepRepliesInOrderWithTheirParentsAndAnnounceEachPost() {
        Viewer author = officer();
        List<PostAdded> heard = new CopyOnWriteArrayList<>();
        events.on(PostAdded.class).subscribe(heard::add);

        StartedThread started = forum.start(new NewThread("Quelle licence choisir?", "Bonjour à tous", null, List.of("Licences")), author);
        Post first = forum.reply(started.post().id(), "AGPL, pour que les améliorations reviennent.", author);
        Post second = forum.reply(first.id(), "D'accord.", author);

        List<Post> posts = forum.postsOf(List.of(started.thread().id()), PageRequest.of(10, null)).get(started.thread().id()).nodes();
        assertThat(posts).extracting(Post::id).containsExactly(started.post().id(), first.id(), second.id());
        assertThat(posts.get(2).replyToId()).isEqualTo(first.id());
        assertThat(heard).extracting(PostAdded::postId).containsExactly(started.post().id(), first.id(), second.id());
    }

    @Test
    void shouldRefuseAThreadAboutADraftChallenge() {
        Viewer officer = officer();
        String bodyId = officer.officerOf().iterator().next();
        String draftId = challenges.draft(new ChallengeDraft(bodyId, "Brouillon", "Le besoin", Language.FR, new BigDecimal("1000"),
                Instant.now().plus(Duration.ofDays(30)), List.of()), officer).id();

        assertThatThrownBy(() -> forum.start(new NewThread("Question", "Le brouillon?", new Subject(Subject.Kind.CHALLENGE, draftId), List.of()), officer))
                .isInstanceOf(ForumException.SubjectNotFound.class);
    }

    @Test
    void shouldRefuseAnAnonymousAuthorAndAReplyToNothing() {
        assertThatThrownBy(() -> forum.start(new NewThread("Titre", "Texte", null, List.of()), Viewer.anonymous()))
                .isInstanceOf(PlatformException.Unauthenticated.class);
        assertThatThrownBy(() -> forum.reply("no-such-post", "Texte", officer())).isInstanceOf(ForumException.PostNotFound.class);
        assertThatThrownBy(() -> new NewThread(" ", "Texte", null, List.of())).isInstanceOf(ForumException.InvalidPost.class);
    }
}
