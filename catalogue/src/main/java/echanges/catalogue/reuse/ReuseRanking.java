package echanges.catalogue.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import echanges.catalogue.reuse.ReuseCandidate.Kind;

/**
 * Composes the text score and the graph score of each candidate. Each is scaled to 0–1 by the
 * best candidate of its kind of evidence, so that neither Elasticsearch's unbounded scores nor
 * the graph's counts dominate; the text weighs more, since it reads the need itself, while the
 * graph brings what words miss (what similar bodies run, what similar challenges produced).
 */
public final class ReuseRanking {

    public static final double TEXT_WEIGHT = 0.6;
    public static final double GRAPH_WEIGHT = 0.4;

    /** Evidence from the graph: a reason and how strongly it holds (shared tags, bodies, …). */
    public record GraphSignal(Kind kind, String id, ReuseReason reason, double weight) {
    }

    /** Evidence from the text. */
    public record TextSignal(Kind kind, String id, double score) {
    }

    private ReuseRanking() {
    }

    public static List<ReuseCandidate> rank(List<TextSignal> text, List<GraphSignal> graph, int first) {
        record Key(Kind kind, String id) {
        }
        double bestText = text.stream().mapToDouble(TextSignal::score).max().orElse(0);
        Map<Key, Double> textScores = new LinkedHashMap<>();
        for (TextSignal t : text) textScores.merge(new Key(t.kind(), t.id()), bestText == 0 ? 0 : t.score() / bestText, Math::max);
        Map<Key, Double> graphWeights = new LinkedHashMap<>();
        Map<Key, List<ReuseReason>> reasons = new LinkedHashMap<>();
        for (GraphSignal g : graph) {
            Key key = new Key(g.kind(), g.id());
            graphWeights.merge(key, g.weight(), Double::sum);
            reasons.computeIfAbsent(key, k -> new ArrayList<>()).add(g.reason());
        }
        double bestGraph = graphWeights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);

        List<Key> keys = new ArrayList<>(textScores.keySet());
        graphWeights.keySet().stream().filter(k -> !textScores.containsKey(k)).forEach(keys::add);
        List<ReuseCandidate> candidates = new ArrayList<>();
        for (Key key : keys) {
            double t = textScores.getOrDefault(key, 0.0);
            double g = bestGraph == 0 ? 0 : graphWeights.getOrDefault(key, 0.0) / bestGraph;
            List<ReuseReason> why = new ArrayList<>();
            if (textScores.containsKey(key)) why.add(new ReuseReason(ReuseReason.Kind.SIMILAR_TEXT, List.of(), null));
            why.addAll(reasons.getOrDefault(key, List.of()));
            candidates.add(new ReuseCandidate(key.kind(), key.id(), TEXT_WEIGHT * t + GRAPH_WEIGHT * g, why));
        }
        return candidates.stream()
                .sorted(Comparator.comparingDouble(ReuseCandidate::score).reversed().thenComparing(ReuseCandidate::kind).thenComparing(ReuseCandidate::id))
                .limit(first).toList();
    }
}
