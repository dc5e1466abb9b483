package echanges.procurement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.Viewer;
import echanges.procurement.contract.AmendmentPublication;
import echanges.procurement.contract.ContractRuleBroken;
import echanges.procurement.contract.ContractSettings;
import echanges.procurement.contract.PerformanceReview;
import echanges.procurement.rules.Jurisdictions;

/**
 * The procurement module's API for the contract an award opens: its public description (s. 38),
 * amendments, published once they raise the initial amount by more than 10% (s. 38.1), the final
 * description (s. 38.2), and unsatisfactory performance reports with the supplier's comments and the
 * decision (s. 42–45), which only the body and the supplier read.
 */
public class Contracts {

    public enum ContractStatus { ACTIVE, COMPLETED }

    /**
     * A contract as the viewer may see it: to anyone but the parties, {@code amount} is the last
     * published amount and the unpublished amendments are absent.
     */
    public record Contract(String id, String challengeId, String bodyId, String jurisdiction, String proposalId, String supplierId, BigDecimal initialAmount,
                           BigDecimal amount, BigDecimal publishedAmount, String currency, Instant openedAt, ContractStatus status,
                           boolean publishingAmendments, @Nullable Instant endedAt, @Nullable BigDecimal totalPaid,
                           @Nullable String finalDescription, @Nullable Instant completedAt, List<Amendment> amendments) {

        public Contract {
            amendments = List.copyOf(amendments);
        }

        /** s. 38: the initial description is published within 15 days of the conclusion. */
        public Instant initialDescriptionDue(ContractSettings settings) {
            return openedAt.plus(settings.initialDescriptionWithin());
        }

        /** s. 38.2: the final description within 90 days of the end; null while the end is not known. */
        public @Nullable Instant finalDescriptionDue(ContractSettings settings) {
            return endedAt == null ? null : endedAt.plus(settings.finalDescriptionWithin());
        }

        boolean partyIs(Viewer viewer) {
            return viewer.isOfficerOf(bodyId) || viewer.supplierMemberOf().contains(supplierId);
        }

        Contract forPublic() {
            return new Contract(id, challengeId, bodyId, jurisdiction, proposalId, supplierId, initialAmount, publishedAmount, publishedAmount, currency, openedAt,
                    status, publishingAmendments, endedAt, totalPaid, finalDescription, completedAt, amendments);
        }
    }

    /** @param additionalExpenditure what the amendment publishes: the accumulated addition when it crosses 10%, its own otherwise */
    public record Amendment(int sequence, BigDecimal previousAmount, BigDecimal amount, BigDecimal additionalExpenditure, String rationale,
                            Instant at, boolean published) {
    }

    public record PerformanceReport(String id, String contractId, String jurisdiction, String text, Instant filedAt, @Nullable String comment,
                                    @Nullable Instant commentedAt, @Nullable Boolean upheld, @Nullable String decision, @Nullable Instant decidedAt) {

        public PerformanceReview review(ContractSettings settings) {
            return new PerformanceReview(filedAt, commentedAt, upheld, decidedAt, settings);
        }
    }

    private static final int MAX_TEXT = 10_000;

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final Jurisdictions jurisdictions;
    private final ContractRepository repository;

    public Contracts(Graph graph, Clock clock, EventBus events, Jurisdictions jurisdictions) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.jurisdictions = jurisdictions;
        this.repository = new ContractRepository(graph);
    }

    /** Now, by the platform's clock: a report's state depends on it (s. 45). */
    public Instant now() {
        return clock.instant();
    }

    /** The contract settings of a jurisdiction (a contract's, recorded from its body), for its deadlines. */
    public ContractSettings settingsOf(String jurisdiction) {
        return jurisdictions.of(jurisdiction).contracts();
    }

    /** An officer records an amendment to the amount; s. 38.1 decides whether it is published. */
    public Contract amend(String contractId, BigDecimal newAmount, String rationale, Viewer viewer) {
        viewer.requirePerson();
        String why = text(rationale, "an amendment's rationale");
        Instant now = clock.instant();
        boolean published = graph.write(tx -> {
            ContractRepository.Locked locked = officersContract(tx, contractId, viewer);
            Contract c = locked.contract();
            if (c.status() != ContractStatus.ACTIVE) throw new ContractRuleBroken.OutOfTime("the contract has ended; it can no longer be amended");
            AmendmentPublication.Decision decision = AmendmentPublication.of(c.initialAmount(), c.amount(), newAmount, c.publishingAmendments(),
                    settingsOf(c.jurisdiction()));
            repository.amend(tx, contractId, locked.amendments() + 1, c.amount(), newAmount, decision.additionalExpenditure(), why, decision.published(), now);
            // Only what s. 38.1 publishes is named in the public trail.
            AuditRepository.append(tx, c.challengeId(), decision.published() ? "CONTRACT_AMENDED" : "CONTRACT_AMENDMENT_RECORDED", viewer.personId(),
                    decision.published() ? "amount " + c.amount().toPlainString() + " → " + newAmount.toPlainString() + "; additional expenditure published "
                            + decision.additionalExpenditure().toPlainString() + " (s. 38.1)" : "an amendment within 10% of the initial amount (s. 38.1: not published)", now);
            return decision.published();
        });
        Contract amended = byIds(List.of(contractId), viewer).get(contractId);
        if (published) events.publish(new ContractChanged(amended.challengeId(), contractId));
        return amended;
    }

    /** An officer publishes the final description: end date and total paid (s. 38.2). */
    public Contract complete(String contractId, Instant endedAt, BigDecimal totalPaid, String description, Viewer viewer) {
        viewer.requirePerson();
        String text = text(description, "a final description");
        if (totalPaid.signum() < 0) throw new ContractRuleBroken.InvalidInput("the total paid cannot be negative");
        Instant now = clock.instant();
        String challengeId = graph.write(tx -> {
            Contract c = officersContract(tx, contractId, viewer).contract();
            if (c.status() != ContractStatus.ACTIVE) throw new ContractRuleBroken.OutOfTime("the final description is already published");
            if (endedAt.isBefore(c.openedAt()) || endedAt.isAfter(now))
                throw new ContractRuleBroken.InvalidInput("the contract ends between its conclusion (" + c.openedAt() + ") and now");
            repository.complete(tx, contractId, endedAt, totalPaid, text, now);
            AuditRepository.append(tx, c.challengeId(), "CONTRACT_COMPLETED", viewer.personId(),
                    "ended at " + endedAt + ", total paid " + totalPaid.toPlainString() + " (s. 38.2)", now);
            return c.challengeId();
        });
        events.publish(new ContractChanged(challengeId, contractId));
        return byIds(List.of(contractId), viewer).get(contractId);
    }

    /** An officer files an unsatisfactory performance report (s. 42), sent to the supplier, who may comment for 30 days. */
    public PerformanceReport report(String contractId, String report, Viewer viewer) {
        String personId = viewer.requirePerson();
        String text = text(report, "a performance report");
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        graph.write(tx -> {
            ContractRepository.Locked locked = officersContract(tx, contractId, viewer);
            PerformanceReview.checkFiling(locked.contract().endedAt(), now, settingsOf(locked.contract().jurisdiction()));
            repository.fileReport(tx, id, contractId, text, personId, now);
            return null;
        });
        return reports(List.of(contractId), viewer).get(contractId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** A representative of the supplier comments on a report within 30 days of receiving it (s. 44). */
    public PerformanceReport comment(String reportId, String comment, Viewer viewer) {
        String personId = viewer.requirePerson();
        String text = text(comment, "a comment");
        Instant now = clock.instant();
        String contractId = graph.write(tx -> {
            ContractRepository.ReportAndContract found = visibleReport(tx, reportId, viewer);
            if (!viewer.representativeOf().contains(found.contract().supplierId()))
                throw new ProcurementException.NotARepresentative(found.contract().supplierId());
            found.report().review(settingsOf(found.contract().jurisdiction())).checkComment(now);
            repository.comment(tx, reportId, text, personId, now);
            return found.contract().id();
        });
        return reportOf(contractId, reportId, viewer);
    }

    /** The body upholds or cancels the report after the comments or their window (s. 45). */
    public PerformanceReport decide(String reportId, boolean uphold, String note, Viewer viewer) {
        String personId = viewer.requirePerson();
        String text = text(note, "a decision");
        Instant now = clock.instant();
        String contractId = graph.write(tx -> {
            ContractRepository.ReportAndContract found = visibleReport(tx, reportId, viewer);
            if (!viewer.isOfficerOf(found.contract().bodyId())) throw new ProcurementException.NotAnOfficer(found.contract().bodyId());
            found.report().review(settingsOf(found.contract().jurisdiction())).checkDecision(now);
            repository.decide(tx, reportId, uphold, text, personId, now);
            return found.contract().id();
        });
        return reportOf(contractId, reportId, viewer);
    }

    public Map<String, Contract> ofChallenges(Collection<String> challengeIds, Viewer viewer) {
        return repository.ofChallenges(challengeIds, viewer.officerOf(), viewer.supplierMemberOf()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().partyIs(viewer) ? e.getValue() : e.getValue().forPublic()));
    }

    public Map<String, Contract> byIds(Collection<String> ids, Viewer viewer) {
        return repository.byIds(ids, viewer.officerOf(), viewer.supplierMemberOf()).stream()
                .map(c -> c.partyIs(viewer) ? c : c.forPublic()).collect(Collectors.toMap(Contract::id, Function.identity()));
    }

    /** Performance reports of each contract, for the body's officers and the supplier's members only. */
    public Map<String, List<PerformanceReport>> reports(Collection<String> contractIds, Viewer viewer) {
        return repository.reports(contractIds, viewer.officerOf(), viewer.supplierMemberOf());
    }

    /** Reports by id, for their parties only. */
    public Map<String, PerformanceReport> reportsByIds(Collection<String> ids, Viewer viewer) {
        return repository.reportsByIds(ids, viewer.officerOf(), viewer.supplierMemberOf()).stream()
                .collect(Collectors.toMap(PerformanceReport::id, Function.identity()));
    }

    private PerformanceReport reportOf(String contractId, String reportId, Viewer viewer) {
        return reports(List.of(contractId), viewer).getOrDefault(contractId, List.of()).stream().filter(r -> r.id().equals(reportId)).findFirst()
                .orElseThrow(() -> new ProcurementException.ContractNotFound(reportId));
    }

    private ContractRepository.Locked officersContract(echanges.platform.Tx tx, String contractId, Viewer viewer) {
        ContractRepository.Locked locked = repository.lock(tx, contractId).orElseThrow(() -> new ProcurementException.ContractNotFound(contractId));
        if (!viewer.isOfficerOf(locked.contract().bodyId())) throw new ProcurementException.NotAnOfficer(locked.contract().bodyId());
        return locked;
    }

    /** A report nobody but the parties may know exists: anyone else gets NOT_FOUND. */
    private ContractRepository.ReportAndContract visibleReport(echanges.platform.Tx tx, String reportId, Viewer viewer) {
        ContractRepository.ReportAndContract found = repository.lockReport(tx, reportId).orElseThrow(() -> new ProcurementException.ContractNotFound(reportId));
        if (!found.contract().partyIs(viewer)) throw new ProcurementException.ContractNotFound(reportId);
        return found;
    }

    private static String text(String value, String what) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) throw new ContractRuleBroken.InvalidInput(what + " has 1 to " + MAX_TEXT + " characters");
        return text;
    }
}
