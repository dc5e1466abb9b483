package echanges.procurement.award;

import java.util.List;

/**
 * s. 14: "If several suppliers obtain identical results ... the contract is awarded by a drawing
 * of lots." {@link SeededDraw} is the reproducible, auditable implementation.
 */
@FunctionalInterface
public interface TieBreak {

    /**
     * @param tiedProposalIds at least 2 distinct ids, sorted canonically
     * @return the same ids in the order drawn, the first ranked highest
     */
    List<String> order(List<String> tiedProposalIds);
}
