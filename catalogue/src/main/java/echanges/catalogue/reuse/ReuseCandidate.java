package echanges.catalogue.reuse;

import java.util.List;

/** An existing component or past challenge worth looking at before buying, with its score (0 to 1) and why. */
public record ReuseCandidate(Kind kind, String id, double score, List<ReuseReason> reasons) {

    public enum Kind { COMPONENT, CHALLENGE }

    public ReuseCandidate {
        reasons = List.copyOf(reasons);
    }
}
