package echanges.forum;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import echanges.accounts.Accounts;
import echanges.accounts.Person;
import echanges.accounts.Registration;
import echanges.catalogue.Components;
import echanges.forum.rules.ForumSettings;
import echanges.platform.Graph;
import echanges.platform.InProcessEventBus;
import echanges.platform.Viewer;
import echanges.procurement.Challenges;
import echanges.procurement.rules.Jurisdictions;
import echanges.platform.SteppingClock;
import echanges.testing.TestNeo4j;

/** The forum's facades on the real Neo4j, with a clock the tests move. */
class ForumFixture {

    final Graph graph = TestNeo4j.get().graph();
    /** Moves a minute at each reading, so that only the tests about limits meet them. */
    final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-02T15:00:00Z"), Duration.ofMinutes(1));
    final InProcessEventBus events = new InProcessEventBus();
    final Accounts accounts = new Accounts(graph, clock);
    final Challenges challenges = new Challenges(graph, clock, events, Jurisdictions.defaults());
    final Components components = new Components(graph, clock, challenges);
    final Forum forum = new Forum(graph, clock, events, challenges, components, accounts, ForumSettings.DEFAULTS);
    final Following following = new Following(graph, clock, events);
    final Moderation moderation = new Moderation(graph, clock, events, ForumSettings.DEFAULTS);

    /** A person registered long enough ago that the first-day limits no longer apply. */
    Viewer member() {
        Viewer viewer = newcomer();
        clock.advance(Duration.ofDays(2));
        return viewer;
    }

    /** A person who registered just now. */
    Viewer newcomer() {
        return accounts.viewer(register().id()).orElseThrow();
    }

    Viewer moderator() {
        Viewer member = member();
        accounts.setModerator(member.personId(), true);
        return accounts.viewer(member.personId()).orElseThrow();
    }

    Person register() {
        String handle = "u" + UUID.randomUUID().toString().substring(0, 10).replace("-", "");
        return accounts.register(new Registration(handle + "@forum.example", "a long enough password", handle, "Person " + handle));
    }

    String handleOf(Viewer viewer) {
        return accounts.people(List.of(viewer.personId())).get(viewer.personId()).handle();
    }

    StartedThread thread(Viewer author) {
        return forum.start(new NewThread("Quelle licence pour un composant?", "Bonjour à toutes et à tous.", null, null, List.of()), author);
    }

    List<Notification> notificationsOf(Viewer viewer) {
        return following.notifications(false, echanges.platform.PageRequest.of(100, null), viewer).page().nodes();
    }
}
