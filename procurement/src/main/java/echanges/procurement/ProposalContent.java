package echanges.procurement;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import echanges.platform.SpdxExpression;
import echanges.platform.WebLink;
import echanges.procurement.calendar.TaxCertificate;

/** What a supplier writes in a proposal; checked before anything is written. */
public record ProposalContent(BigDecimal price, String technicalApproach, String team, String licence,
                              List<String> qualityDemonstration, List<String> attachments, @Nullable TaxCertificate taxCertificate,
                              List<String> declarations) {

    static final int MAX_TEXT = 20_000;

    public ProposalContent {
        qualityDemonstration = List.copyOf(qualityDemonstration);
        attachments = List.copyOf(attachments);
        declarations = List.copyOf(declarations);
        if (price.signum() <= 0 || price.stripTrailingZeros().scale() > 2)
            throw new ProcurementException.InvalidProposal("a price is positive, in cents at most, was " + price.toPlainString());
        if (technicalApproach.isBlank() || technicalApproach.length() > MAX_TEXT || team.isBlank() || team.length() > MAX_TEXT)
            throw new ProcurementException.InvalidProposal("a proposal describes its technical approach and its team, each in 1 to " + MAX_TEXT + " characters");
        if (!SpdxExpression.hasValidShape(licence))
            throw new ProcurementException.InvalidProposal("the deliverable's licence is an SPDX expression, was '" + licence + "'");
        if (qualityDemonstration.size() > 20 || qualityDemonstration.stream().anyMatch(t -> t.length() > MAX_TEXT))
            throw new ProcurementException.InvalidProposal("at most 20 criterion answers of " + MAX_TEXT + " characters");
        if (attachments.size() > 20 || attachments.stream().anyMatch(a -> !WebLink.isValid(a)))
            throw new ProcurementException.InvalidProposal("attachments are at most 20 http(s) links");
        if (declarations.size() > 20 || declarations.stream().anyMatch(d -> d.isBlank() || d.length() > 1000))
            throw new ProcurementException.InvalidProposal("at most 20 declarations of 1 to 1000 characters");
    }
}
