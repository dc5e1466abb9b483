package echanges.procurement.opendata;

import java.util.List;
import java.util.Map;

/**
 * Which audit-trail actions are public steps, and the OCDS release tags (codelist releaseTag) of
 * the release each one produces. Anything not listed is internal or sealed (a proposal received,
 * the committee's work, scores, performance reports) and produces no release.
 */
public final class ReleaseTags {

    private static final Map<String, List<String>> PUBLIC_STEPS = Map.ofEntries(
            Map.entry("PUBLISHED", List.of("tender")),
            Map.entry("ADDENDUM", List.of("tenderAmendment")),
            // The opening follows the closing in the same run of the closing job, and says more
            // (who filed): the closing itself adds nothing worth a release.
            Map.entry("OPENED", List.of("tenderUpdate")),
            Map.entry("SHORTLISTED", List.of("tenderUpdate")),
            Map.entry("UNSUCCESSFUL", List.of("tenderUpdate")),
            Map.entry("WITHDRAWN", List.of("tenderCancellation")),
            Map.entry("CANCELLED", List.of("tenderCancellation")),
            Map.entry("AWARDED", List.of("award")),
            Map.entry("CONTRACT_OPENED", List.of("contract")),
            // s. 38.1: published amendments only; one within 10 % is CONTRACT_AMENDMENT_RECORDED, not public.
            Map.entry("CONTRACT_AMENDED", List.of("contractAmendment")),
            // s. 38.2: the final description, published at the end of the contract.
            Map.entry("CONTRACT_COMPLETED", List.of("implementation", "contractTermination")));

    private ReleaseTags() {
    }

    /** The release tags of an action; empty when the action is not a public step. */
    public static List<String> of(String action) {
        return PUBLIC_STEPS.getOrDefault(action, List.of());
    }
}
