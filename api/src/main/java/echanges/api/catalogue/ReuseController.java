package echanges.api.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import echanges.api.graphql.Viewers;
import echanges.catalogue.Component;
import echanges.catalogue.Components;
import echanges.catalogue.Reuse;
import echanges.catalogue.reuse.ReuseCandidate;
import echanges.catalogue.reuse.ReuseReason;
import echanges.platform.GlobalId;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;

/** Maps reuseCandidates: the ranked candidates, resolved to components and challenges in two round trips. */
@Controller
class ReuseController {

    record ReuseReasonView(ReuseReason.Kind kind, List<String> tags, @Nullable Challenge challenge) {
    }

    record ReuseCandidateView(Object node, double score, List<ReuseReasonView> reasons) {
    }

    private final Reuse reuse;
    private final Components components;
    private final Challenges challenges;

    ReuseController(Reuse reuse, Components components, Challenges challenges) {
        this.reuse = reuse;
        this.components = components;
        this.challenges = challenges;
    }

    @QueryMapping
    List<ReuseCandidateView> reuseCandidates(@Argument String challenge, @Argument @Nullable Integer first, @ContextValue(Viewers.KEY) Viewer viewer) {
        List<ReuseCandidate> ranked = reuse.candidates(GlobalId.expect(challenge, "Challenge"), PageRequest.of(first, null).first(), viewer);
        Map<String, Component> componentNodes = components.byIds(ranked.stream()
                .filter(c -> c.kind() == ReuseCandidate.Kind.COMPONENT).map(ReuseCandidate::id).toList());
        List<String> challengeIds = ranked.stream().flatMap(c -> c.kind() == ReuseCandidate.Kind.CHALLENGE
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(c.id()), vias(c)) : vias(c)).distinct().toList();
        Map<String, Challenge> challengeNodes = challenges.byIds(challengeIds, viewer);
        return ranked.stream().map(c -> {
            Object node = c.kind() == ReuseCandidate.Kind.COMPONENT ? componentNodes.get(c.id()) : challengeNodes.get(c.id());
            if (node == null) return null;
            return new ReuseCandidateView(node, c.score(), c.reasons().stream()
                    .map(r -> new ReuseReasonView(r.kind(), r.tags(), r.challengeId() == null ? null : challengeNodes.get(r.challengeId())))
                    .toList());
        }).filter(Objects::nonNull).toList();
    }

    private static java.util.stream.Stream<String> vias(ReuseCandidate candidate) {
        return candidate.reasons().stream().map(ReuseReason::challengeId).filter(Objects::nonNull);
    }
}
