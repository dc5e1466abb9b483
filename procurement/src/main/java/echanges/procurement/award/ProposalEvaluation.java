package echanges.procurement.award;

import java.math.BigDecimal;
import java.util.Map;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/**
 * What the award needs to know of one proposal once the committee has scored it (s. 24) and the
 * prices are opened.
 *
 * @param price the price submitted, in cents: the price paid if the proposal wins, whatever
 *        margin or additional costs entered the comparison
 * @param consolidatedScores the committee's score per criterion id (see
 *        {@link QualityScoresheet#consolidate}); empty for a price-only award
 * @param sustainabilityRequirementMet whether the supplier fulfils the notice's quality assurance
 *        or sustainable development requirement, which earns the preferential margin (s. 37)
 * @param acquisitionCostAdditions the additional costs the body would bear during the goods'
 *        useful life, "quantifiable and measurable elements identified in the tender documents"
 *        (s. 15.1.1); 0 when the notice considers none
 * @param conforming whether the proposal meets the compliance requirements and the supplier is
 *        eligible (s. 6, s. 7, s. 12); a non-conforming proposal is rejected
 */
public record ProposalEvaluation(String proposalId, String supplierId, BigDecimal price,
        Map<String, Score> consolidatedScores, boolean sustainabilityRequirementMet,
        BigDecimal acquisitionCostAdditions, boolean conforming) {

    public ProposalEvaluation {
        if (proposalId.isBlank())
            throw new InvalidInput(null, "a proposal evaluation needs a proposal id");
        if (supplierId.isBlank())
            throw new InvalidInput(null, "proposal " + proposalId + " needs a supplier id");
        price = Cents.of(price, "s. 13", "the price submitted for proposal " + proposalId);
        acquisitionCostAdditions = Cents.of(acquisitionCostAdditions, "s. 15.1.1",
                "the additional costs for proposal " + proposalId);
        consolidatedScores = Map.copyOf(consolidatedScores);
    }

    /** A conforming proposal, without margin or additional costs. */
    public static ProposalEvaluation of(String proposalId, String supplierId, BigDecimal price,
            Map<String, Score> consolidatedScores) {
        return new ProposalEvaluation(proposalId, supplierId, price, consolidatedScores, false, BigDecimal.ZERO, true);
    }

    /** A conforming proposal for a price-only award. */
    public static ProposalEvaluation priced(String proposalId, String supplierId, BigDecimal price) {
        return of(proposalId, supplierId, price, Map.of());
    }

    public ProposalEvaluation withSustainabilityRequirementMet(boolean met) {
        return new ProposalEvaluation(proposalId, supplierId, price, consolidatedScores, met, acquisitionCostAdditions, conforming);
    }

    public ProposalEvaluation withAcquisitionCostAdditions(BigDecimal additions) {
        return new ProposalEvaluation(proposalId, supplierId, price, consolidatedScores, sustainabilityRequirementMet, additions, conforming);
    }

    public ProposalEvaluation withConforming(boolean isConforming) {
        return new ProposalEvaluation(proposalId, supplierId, price, consolidatedScores, sustainabilityRequirementMet,
                acquisitionCostAdditions, isConforming);
    }
}
