package echanges.api.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.Supplier;
import echanges.api.graphql.Batches;
import echanges.api.graphql.Viewers;
import echanges.platform.GlobalId;
import echanges.platform.PlatformException;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import echanges.procurement.OpeningReport;
import echanges.procurement.Proposal;
import echanges.procurement.ProposalContent;
import echanges.procurement.Proposals;
import echanges.procurement.calendar.TaxCertificate;
import graphql.GraphQLContext;

/** Maps Proposal, the proposal mutations and the sealed fields of Challenge. */
@Controller
class ProposalController {

    record TaxCertificateInput(String number, String issuedOn) {
        TaxCertificate toCertificate() {
            try {
                return new TaxCertificate(number, LocalDate.parse(issuedOn));
            } catch (DateTimeParseException e) {
                throw new PlatformException.InvalidArgument("'" + issuedOn + "' is not an ISO date such as 2026-11-02");
            }
        }
    }

    record SaveProposalInput(String challengeId, String supplierId, @Nullable String proposalId, BigDecimal price, String technicalApproach,
                             String team, String licence, @Nullable List<String> qualityDemonstration, @Nullable List<String> attachments,
                             @Nullable TaxCertificateInput taxCertificate, @Nullable List<String> declarations) {
        ProposalContent toContent() {
            return new ProposalContent(price, technicalApproach, team, licence, orEmpty(qualityDemonstration), orEmpty(attachments),
                    taxCertificate == null ? null : taxCertificate.toCertificate(), orEmpty(declarations));
        }

        private static List<String> orEmpty(@Nullable List<String> list) {
            return list == null ? List.of() : list;
        }
    }

    record ProposalIdInput(String proposalId) {
    }

    record ProposalPayload(Proposal proposal) {
    }

    record Money(BigDecimal amount, String currency) {
    }

    record TaxCertificateView(String number, String issuedOn, String validUntil) {
    }

    record OpeningLine(Supplier supplier, @Nullable BigDecimal price) {
    }

    record OpeningReportView(java.time.Instant openedAt, List<OpeningLine> lines) {
    }

    private final Proposals proposals;
    private final Challenges challenges;
    private final Accounts accounts;

    ProposalController(Proposals proposals, Challenges challenges, Accounts accounts) {
        this.proposals = proposals;
        this.challenges = challenges;
        this.accounts = accounts;
    }

    @MutationMapping
    ProposalPayload saveProposal(@Argument SaveProposalInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ProposalPayload(proposals.save(GlobalId.expect(input.challengeId(), "Challenge"), GlobalId.expect(input.supplierId(), "Supplier"),
                input.proposalId() == null ? null : GlobalId.expect(input.proposalId(), "Proposal"), input.toContent(), viewer));
    }

    @MutationMapping
    ProposalPayload submitProposal(@Argument ProposalIdInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ProposalPayload(proposals.submit(GlobalId.expect(input.proposalId(), "Proposal"), viewer));
    }

    @MutationMapping
    ProposalPayload withdrawProposal(@Argument ProposalIdInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ProposalPayload(proposals.withdraw(GlobalId.expect(input.proposalId(), "Proposal"), viewer));
    }

    @BatchMapping(typeName = "Challenge", field = "proposals")
    Map<Challenge, List<Proposal>> challengeProposals(List<Challenge> batch, GraphQLContext context) {
        return Batches.byKey(batch, Challenge::id, proposals.ofChallenges(batch.stream().map(Challenge::id).toList(), Viewers.of(context)));
    }

    /** "n proposals received", for the issuing body's officers only. */
    @BatchMapping(typeName = "Challenge")
    Map<Challenge, Integer> proposalsReceived(List<Challenge> batch, GraphQLContext context) {
        Viewer viewer = Viewers.of(context);
        List<Challenge> own = batch.stream().filter(c -> viewer.isOfficerOf(c.bodyId())).toList();
        if (own.isEmpty()) return Map.of();
        return Batches.byKey(own, Challenge::id, proposals.received(own.stream().map(Challenge::id).toList()));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, OpeningReportView> openingReport(List<Challenge> batch) {
        Map<String, OpeningReport> reports = proposals.openingReports(batch.stream().map(Challenge::id).toList());
        Map<String, Supplier> suppliers = accounts.suppliers(reports.values().stream().flatMap(r -> r.lines().stream())
                .map(OpeningReport.Line::supplierId).distinct().toList());
        Map<String, OpeningReportView> views = reports.values().stream().collect(Collectors.toMap(OpeningReport::challengeId,
                r -> new OpeningReportView(r.openedAt(), r.lines().stream().filter(l -> suppliers.containsKey(l.supplierId()))
                        .map(l -> new OpeningLine(suppliers.get(l.supplierId()), l.price())).toList())));
        return Batches.byKey(batch, Challenge::id, views);
    }

    @BatchMapping(typeName = "Proposal")
    Map<Proposal, Challenge> challenge(List<Proposal> batch, GraphQLContext context) {
        return Batches.byKey(batch, Proposal::challengeId,
                challenges.byIds(batch.stream().map(Proposal::challengeId).distinct().toList(), Viewers.of(context)));
    }

    @BatchMapping(typeName = "Proposal")
    Map<Proposal, Supplier> supplier(List<Proposal> batch) {
        return Batches.byKey(batch, Proposal::supplierId, accounts.suppliers(batch.stream().map(Proposal::supplierId).distinct().toList()));
    }

    /** Null for a committee member before consolidation (s. 24): the repository withholds it. */
    @SchemaMapping(typeName = "Proposal")
    @Nullable Money price(Proposal proposal) {
        return proposal.price() == null ? null : new Money(proposal.price(), "CAD");
    }

    @SchemaMapping(typeName = "Proposal")
    @Nullable TaxCertificateView taxCertificate(Proposal proposal) {
        TaxCertificate c = proposal.taxCertificate();
        return c == null ? null : new TaxCertificateView(c.number(), c.issuedOn().toString(), c.validUntil().toString());
    }
}
