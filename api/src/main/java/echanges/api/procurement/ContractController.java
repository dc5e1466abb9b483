package echanges.api.procurement;

import java.math.BigDecimal;
import java.time.Instant;
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
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import echanges.procurement.Contracts;
import echanges.procurement.Contracts.Contract;
import echanges.procurement.Contracts.PerformanceReport;
import echanges.procurement.contract.PerformanceReview;
import graphql.GraphQLContext;

/** Maps the contract an award opens (s. 38–38.2) and its performance reports (s. 42–45). */
@Controller
class ContractController {

    record AmendContractInput(String contractId, BigDecimal newAmount, String rationale) {
    }

    record CompleteContractInput(String contractId, Instant endedAt, BigDecimal totalPaid, String description) {
    }

    record ReportUnsatisfactoryPerformanceInput(String contractId, String report) {
    }

    record CommentOnPerformanceReportInput(String reportId, String comment) {
    }

    record DecidePerformanceReportInput(String reportId, boolean uphold, String note) {
    }

    record ContractPayload(Contract contract) {
    }

    record PerformanceReportPayload(PerformanceReport report) {
    }

    private final Contracts contracts;
    private final Challenges challenges;
    private final Accounts accounts;

    ContractController(Contracts contracts, Challenges challenges, Accounts accounts) {
        this.contracts = contracts;
        this.challenges = challenges;
        this.accounts = accounts;
    }

    @MutationMapping
    ContractPayload amendContract(@Argument AmendContractInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ContractPayload(contracts.amend(contractId(input.contractId()), input.newAmount(), input.rationale(), viewer));
    }

    @MutationMapping
    ContractPayload completeContract(@Argument CompleteContractInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ContractPayload(contracts.complete(contractId(input.contractId()), input.endedAt(), input.totalPaid(), input.description(), viewer));
    }

    @MutationMapping
    PerformanceReportPayload reportUnsatisfactoryPerformance(@Argument ReportUnsatisfactoryPerformanceInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PerformanceReportPayload(contracts.report(contractId(input.contractId()), input.report(), viewer));
    }

    @MutationMapping
    PerformanceReportPayload commentOnPerformanceReport(@Argument CommentOnPerformanceReportInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PerformanceReportPayload(contracts.comment(GlobalId.expect(input.reportId(), "PerformanceReport"), input.comment(), viewer));
    }

    @MutationMapping
    PerformanceReportPayload decidePerformanceReport(@Argument DecidePerformanceReportInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PerformanceReportPayload(contracts.decide(GlobalId.expect(input.reportId(), "PerformanceReport"), input.uphold(), input.note(), viewer));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, Contract> contract(List<Challenge> batch, GraphQLContext context) {
        return Batches.byKey(batch, Challenge::id, contracts.ofChallenges(batch.stream().map(Challenge::id).toList(), Viewers.of(context)));
    }

    @BatchMapping(typeName = "Contract")
    Map<Contract, Challenge> challenge(List<Contract> batch, GraphQLContext context) {
        return Batches.byKey(batch, Contract::challengeId, challenges.byIds(batch.stream().map(Contract::challengeId).distinct().toList(), Viewers.of(context)));
    }

    @BatchMapping(typeName = "Contract")
    Map<Contract, Supplier> supplier(List<Contract> batch) {
        return Batches.byKey(batch, Contract::supplierId, accounts.suppliers(batch.stream().map(Contract::supplierId).distinct().toList()));
    }

    @BatchMapping(typeName = "Contract")
    Map<Contract, List<PerformanceReport>> performanceReports(List<Contract> batch, GraphQLContext context) {
        Map<String, List<PerformanceReport>> reports = contracts.reports(batch.stream().map(Contract::id).toList(), Viewers.of(context));
        return batch.stream().collect(Collectors.toMap(c -> c, c -> reports.getOrDefault(c.id(), List.of()), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @SchemaMapping(typeName = "Contract")
    ProposalController.Money initialAmount(Contract contract) {
        return new ProposalController.Money(contract.initialAmount(), contract.currency());
    }

    @SchemaMapping(typeName = "Contract")
    ProposalController.Money amount(Contract contract) {
        return new ProposalController.Money(contract.amount(), contract.currency());
    }

    @SchemaMapping(typeName = "Contract")
    ProposalController.@Nullable Money totalPaid(Contract contract) {
        return contract.totalPaid() == null ? null : new ProposalController.Money(contract.totalPaid(), contract.currency());
    }

    @SchemaMapping(typeName = "Contract")
    Instant concludedAt(Contract contract) {
        return contract.openedAt();
    }

    @SchemaMapping(typeName = "Contract")
    Instant initialDescriptionDue(Contract contract) {
        return contract.initialDescriptionDue(contracts.settingsOf(contract.jurisdiction()));
    }

    @SchemaMapping(typeName = "Contract")
    @Nullable Instant finalDescriptionDue(Contract contract) {
        return contract.finalDescriptionDue(contracts.settingsOf(contract.jurisdiction()));
    }

    @SchemaMapping(typeName = "PerformanceReport")
    Instant commentsUntil(PerformanceReport report) {
        return review(report).commentsUntil();
    }

    @SchemaMapping(typeName = "PerformanceReport")
    Instant decisionUntil(PerformanceReport report) {
        return review(report).decisionUntil();
    }

    @SchemaMapping(typeName = "PerformanceReport")
    PerformanceReview.State state(PerformanceReport report) {
        return review(report).stateAt(contracts.now());
    }

    private PerformanceReview review(PerformanceReport report) {
        return report.review(contracts.settingsOf(report.jurisdiction()));
    }

    private static String contractId(String globalId) {
        return GlobalId.expect(globalId, "Contract");
    }
}
