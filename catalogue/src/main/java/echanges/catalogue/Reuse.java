package echanges.catalogue;

import java.util.List;
import java.util.Map;

import echanges.catalogue.reuse.ReuseCandidate;
import echanges.catalogue.reuse.ReuseRanking;
import echanges.catalogue.reuse.ReuseReason;
import echanges.catalogue.reuse.TextSimilarity;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.ChallengeStatus;
import echanges.procurement.Challenges;
import echanges.procurement.ProcurementException;

/**
 * Reuse before you buy: while a body drafts a challenge, the components and past challenges that
 * already answer it, ranked from the text (more-like-this over the indexes, French and English)
 * and from the graph, each with the reasons it matched.
 */
public class Reuse {

    /** How many text hits to consider before ranking; the ranking then keeps {@code first}. */
    private static final int TEXT_POOL = 50;

    private final Challenges challenges;
    private final TextSimilarity text;
    private final ComponentRepository repository;

    public Reuse(Components components, Challenges challenges, TextSimilarity text) {
        this.challenges = challenges;
        this.text = text;
        this.repository = components.repository();
    }

    /** For the officers of the challenge's body: its draft is theirs alone, and so is this view. */
    public List<ReuseCandidate> candidates(String challengeId, int first, Viewer viewer) {
        viewer.requirePerson();
        Challenge challenge = challenges.byIds(List.of(challengeId), viewer).get(challengeId);
        if (challenge == null) throw new ProcurementException.ChallengeNotFound(challengeId);
        if (!viewer.isOfficerOf(challenge.bodyId())) throw new CatalogueException.NotAnOfficer(challenge.bodyId());

        List<ReuseRanking.TextSignal> textSignals = text.similar(challenge.title() + "\n\n" + challenge.description(),
                        List.of(ComponentRepository.SEARCH_TYPE, challenges.type()), TEXT_POOL).stream()
                .filter(h -> !h.id().equals(challengeId))
                .map(h -> new ReuseRanking.TextSignal(kind(h.type()), h.id(), h.score())).toList();
        List<ReuseRanking.GraphSignal> graphSignals = repository.graphSignals(challengeId, challenge.bodyId()).stream()
                .map(s -> new ReuseRanking.GraphSignal(kind(s.type()), s.id(),
                        new ReuseReason(ReuseReason.Kind.valueOf(s.reason()), s.shared(), s.via()), s.weight()))
                .toList();
        List<ReuseCandidate> ranked = ReuseRanking.rank(textSignals, graphSignals, Integer.MAX_VALUE);

        // Past challenges only: drafts (of any body) and the challenge itself are not candidates.
        List<String> challengeIds = ranked.stream().filter(c -> c.kind() == ReuseCandidate.Kind.CHALLENGE).map(ReuseCandidate::id).toList();
        Map<String, Challenge> visible = challenges.byIds(challengeIds, viewer);
        return ranked.stream()
                .filter(c -> c.kind() == ReuseCandidate.Kind.COMPONENT
                        || visible.containsKey(c.id()) && visible.get(c.id()).status() != ChallengeStatus.DRAFT)
                .limit(first).toList();
    }

    private static ReuseCandidate.Kind kind(String searchType) {
        return searchType.equals(ComponentRepository.SEARCH_TYPE) ? ReuseCandidate.Kind.COMPONENT : ReuseCandidate.Kind.CHALLENGE;
    }
}
