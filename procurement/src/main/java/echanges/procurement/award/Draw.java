package echanges.procurement.award;

import java.math.BigDecimal;
import java.util.List;

/**
 * One drawing of lots (s. 14), kept with the decision so that anyone holding the revealed seed can
 * recompute it ({@link SeededDraw#order(String, java.util.Collection)}).
 *
 * @param comparedPrice the identical result the proposals obtained
 * @param tiedProposalIds the tied proposals, sorted canonically (by id)
 * @param order the order drawn, first ranked highest
 */
public record Draw(BigDecimal comparedPrice, List<String> tiedProposalIds, List<String> order) {

    public Draw {
        tiedProposalIds = List.copyOf(tiedProposalIds);
        order = List.copyOf(order);
    }
}
