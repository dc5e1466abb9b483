package echanges.catalogue.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import echanges.catalogue.reuse.ReuseCandidate.Kind;
import echanges.catalogue.reuse.ReuseRanking.GraphSignal;
import echanges.catalogue.reuse.ReuseRanking.TextSignal;

class ReuseRankingTests {

    private static GraphSignal graph(String id, ReuseReason.Kind reason, double weight) {
        return new GraphSignal(Kind.COMPONENT, id, new ReuseReason(reason, List.of("gis"), null), weight);
    }

    @Test
    void shouldPutWhatBothTheTextAndTheGraphFindAboveWhatOnlyOneFinds() {
        List<ReuseCandidate> ranked = ReuseRanking.rank(
                List.of(new TextSignal(Kind.COMPONENT, "neige", 12.0), new TextSignal(Kind.COMPONENT, "wordy", 12.5)),
                List.of(graph("neige", ReuseReason.Kind.DELIVERED_FOR_SIMILAR_CHALLENGE, 4), graph("tagged", ReuseReason.Kind.SHARED_TAGS, 1)),
                10);

        assertThat(ranked).extracting(ReuseCandidate::id).containsExactly("neige", "wordy", "tagged");
        assertThat(ranked.getFirst().reasons()).extracting(ReuseReason::kind)
                .containsExactly(ReuseReason.Kind.SIMILAR_TEXT, ReuseReason.Kind.DELIVERED_FOR_SIMILAR_CHALLENGE);
    }

    @Test
    void shouldScaleEachKindOfEvidenceToTheBestCandidate() {
        List<ReuseCandidate> ranked = ReuseRanking.rank(List.of(new TextSignal(Kind.CHALLENGE, "c", 40.0)),
                List.of(graph("a", ReuseReason.Kind.SHARED_TAGS, 3), graph("a", ReuseReason.Kind.USED_BY_SIMILAR_BODIES, 1),
                        graph("b", ReuseReason.Kind.SHARED_TAGS, 2)), 10);

        assertThat(ranked).extracting(ReuseCandidate::id, ReuseCandidate::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", ReuseRanking.TEXT_WEIGHT),
                        org.assertj.core.groups.Tuple.tuple("a", ReuseRanking.GRAPH_WEIGHT),
                        org.assertj.core.groups.Tuple.tuple("b", ReuseRanking.GRAPH_WEIGHT * 2 / 4));
    }

    @Test
    void shouldKeepOnlyTheFirstAndNothingFromNothing() {
        assertThat(ReuseRanking.rank(List.of(), List.of(), 5)).isEmpty();
        assertThat(ReuseRanking.rank(List.of(new TextSignal(Kind.COMPONENT, "x", 1), new TextSignal(Kind.COMPONENT, "y", 2)), List.of(), 1))
                .extracting(ReuseCandidate::id).containsExactly("y");
    }
}
