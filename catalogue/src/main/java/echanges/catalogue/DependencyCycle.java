package echanges.catalogue;

import java.util.List;

/** How a refused dependency would loop: the new edge followed by the existing path back. */
final class DependencyCycle {

    private DependencyCycle() {
    }

    /** {@code back} runs from the component depended on to the dependent one (or holds just it, for a self-dependency). */
    static String describe(List<String> back) {
        if (back.size() == 1) return back.getFirst() + " → " + back.getFirst();
        return back.getLast() + " → " + String.join(" → ", back);
    }
}
