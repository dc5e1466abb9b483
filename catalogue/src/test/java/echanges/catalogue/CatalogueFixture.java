package echanges.catalogue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import echanges.catalogue.publiccode.Examples;
import echanges.platform.Graph;
import echanges.platform.InProcessEventBus;
import echanges.platform.Language;
import echanges.platform.SteppingClock;
import echanges.platform.Viewer;
import echanges.procurement.Awards;
import echanges.procurement.Challenge;
import echanges.procurement.ChallengeDraft;
import echanges.procurement.ChallengeTerms;
import echanges.procurement.Challenges;
import echanges.procurement.ProposalContent;
import echanges.procurement.Proposals;
import echanges.procurement.award.AwardRule;
import echanges.procurement.rules.Jurisdictions;
import echanges.testing.TestNeo4j;

/**
 * The catalogue on the real Neo4j, with the procurement facades it queries. People, bodies and
 * suppliers are written as the accounts module would, since the catalogue does not depend on it.
 */
abstract class CatalogueFixture {

    final Graph graph = TestNeo4j.get().graph();
    final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-02T15:00:00Z"), Duration.ZERO);
    final InProcessEventBus events = new InProcessEventBus();
    final Challenges challenges = new Challenges(graph, clock, events, Jurisdictions.defaults());
    final Proposals proposals = new Proposals(graph, clock, events);
    final Awards awards = new Awards(graph, clock, events, challenges);
    final Components components = new Components(graph, clock, events, challenges, awards);

    private static final String OFFICER = """
            CREATE (:Person {id: $p})-[:MEMBER_OF {role: 'OFFICER'}]->(:PublicBody {id: $o, name: 'Ville de Lévis', jurisdiction: 'QC'})""";
    private static final String REPRESENTATIVE = """
            CREATE (:Person {id: $p})-[:MEMBER_OF {role: 'REPRESENTATIVE'}]->(:Supplier {id: $o, name: 'Atelier', kind: 'SME'})""";

    /** An officer of a new public body. */
    Viewer officer() {
        String bodyId = member(OFFICER);
        return new Viewer(personOf(bodyId), Set.of(bodyId), Set.of());
    }

    /** A representative of a new supplier. */
    Viewer representative() {
        String supplierId = member(REPRESENTATIVE);
        return new Viewer(personOf(supplierId), Set.of(), Set.of(supplierId));
    }

    /** Writes an organisation and one member, as the accounts module would; returns the organisation's id. */
    private String member(String cypher) {
        String organisationId = UUID.randomUUID().toString();
        graph.write(tx -> {
            tx.run(cypher, Map.of("o", organisationId, "p", personOf(organisationId)));
            return null;
        });
        return organisationId;
    }

    private static String personOf(String organisationId) {
        return "person-of-" + organisationId;
    }

    static String bodyOf(Viewer officer) {
        return officer.officerOf().iterator().next();
    }

    /** A component with a repository of its own, so that tests never collide on the repository URL. */
    Component component(String name, Viewer viewer) {
        return components.create(new NewComponent(name, "Un composant libre.", Language.FR,
                "https://code.example.org/" + UUID.randomUUID(), "MIT", null, List.of()), viewer);
    }

    /** The standard's example, at a repository of its own. */
    static String example(String file) {
        return Examples.read(file).replace("https://example.com/italia/medusa.git", "https://code.example.org/" + UUID.randomUUID() + ".git");
    }

    /** A price-only challenge of the officer's body, published, won by the supplier and awarded (below 25,000: no tax certificate needed). */
    Challenge awardedTo(Viewer officer, Viewer supplier, String price) {
        return award(published(officer), officer, supplier, price);
    }

    /** A price-only challenge of the officer's body, open for proposals. */
    Challenge published(Viewer officer) {
        Challenge draft = challenges.draft(new ChallengeDraft(bodyOf(officer), "Carte des permis", "Une carte des permis de construire.",
                Language.FR, new BigDecimal("24000.00"), clock.peek().plus(Duration.ofDays(10)), List.of(),
                new ChallengeTerms(new AwardRule.PriceOnly(), "Livraison en 10 semaines", "permis@levis.example")), officer);
        return challenges.publish(draft.id(), officer);
    }

    /** The supplier's proposal at this price, the closing, the opening and the award. */
    Challenge award(Challenge open, Viewer officer, Viewer supplier, String price) {
        String supplierId = supplier.representativeOf().iterator().next();
        var proposal = proposals.save(open.id(), supplierId, null, new ProposalContent(new BigDecimal(price), "Approche", "Équipe",
                "MIT", List.of(), List.of(), null, List.of()), supplier);
        proposals.submit(proposal.id(), supplier);
        clock.advance(Duration.ofDays(10));
        challenges.closeDue();
        proposals.openDue();
        awards.award(open.id(), officer);
        return challenges.byIds(List.of(open.id()), officer).get(open.id());
    }
}
