package echanges.procurement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import echanges.platform.Graph;
import echanges.platform.InProcessEventBus;
import echanges.platform.Language;
import echanges.platform.Viewer;
import echanges.procurement.award.AwardRule;
import echanges.procurement.rules.Jurisdictions;
import echanges.platform.SteppingClock;
import echanges.testing.TestNeo4j;

/**
 * The procurement facades on the real Neo4j, with a clock the tests move. People, bodies and
 * suppliers are written as the accounts module would, since procurement does not depend on it.
 */
abstract class ProcurementFixture {

    final Graph graph = TestNeo4j.get().graph();
    final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-02T15:00:00Z"), Duration.ZERO);
    final InProcessEventBus events = new InProcessEventBus();
    final Challenges challenges = new Challenges(graph, clock, events, Jurisdictions.defaults());
    final Proposals proposals = new Proposals(graph, clock, events);
    final Awards awards = new Awards(graph, clock, events, challenges);
    final Evaluations evaluations = new Evaluations(graph, clock, challenges, Jurisdictions.defaults());
    final Contracts contracts = new Contracts(graph, clock, events, Jurisdictions.defaults());

    /** A person with no membership: an outside expert on a committee, or anyone. */
    Viewer person() {
        String personId = UUID.randomUUID().toString();
        graph.write(tx -> {
            tx.run("CREATE (:Person {id: $p})", Map.of("p", personId));
            return null;
        });
        return new Viewer(personId, Set.of(), Set.of());
    }

    /** An officer of a new public body. */
    Viewer officer() {
        String personId = UUID.randomUUID().toString();
        String bodyId = UUID.randomUUID().toString();
        graph.write(tx -> {
            tx.run("CREATE (:Person {id: $p})-[:MEMBER_OF {role: 'OFFICER'}]->(:PublicBody {id: $b, name: 'Ville de Lévis', jurisdiction: 'QC'})",
                    Map.of("p", personId, "b", bodyId));
            return null;
        });
        return new Viewer(personId, Set.of(bodyId), Set.of());
    }

    /** A representative of a new supplier. */
    Viewer representative(String supplierName) {
        String personId = UUID.randomUUID().toString();
        String supplierId = UUID.randomUUID().toString();
        graph.write(tx -> {
            tx.run("CREATE (:Person {id: $p})-[:MEMBER_OF {role: 'REPRESENTATIVE'}]->(:Supplier {id: $s, name: $name, kind: 'SME'})",
                    Map.of("p", personId, "s", supplierId, "name", supplierName));
            return null;
        });
        return new Viewer(personId, Set.of(), Set.of(supplierId));
    }

    /** Files a proposal at this price for the representative's supplier. */
    Proposal file(Challenge challenge, Viewer representative, String price) {
        Proposal draft = proposals.save(challenge.id(), supplierOf(representative), null, new ProposalContent(new BigDecimal(price), "Approche",
                "Équipe", "MIT", List.of(), List.of(), null, List.of()), representative);
        return proposals.submit(draft.id(), representative);
    }

    static String supplierOf(Viewer representative) {
        return representative.representativeOf().iterator().next();
    }

    /** A challenge of the officer's body with complete terms, published, closing after the given time. */
    Challenge published(Viewer officer, AwardRule rule, Duration closesIn) {
        Challenge draft = challenges.draft(new ChallengeDraft(officer.officerOf().iterator().next(), "Carte des permis",
                "Une carte des permis de construire.", Language.FR, new BigDecimal("60000.00"), clock.peek().plus(closesIn), List.of(),
                new ChallengeTerms(rule, "Livraison en 10 semaines", "permis@levis.example")), officer);
        return challenges.publish(draft.id(), officer);
    }

    /** Closes every due challenge and opens its proposals, as the closing job does. */
    void closeAndOpenAfter(Duration duration) {
        clock.advance(duration);
        challenges.closeDue();
        proposals.openDue();
    }
}
