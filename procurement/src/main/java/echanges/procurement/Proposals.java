package echanges.procurement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import echanges.procurement.ProcurementException.NotARepresentative;
import echanges.procurement.ProcurementException.ProposalNotFound;
import echanges.procurement.ProcurementException.WrongStatus;
import echanges.procurement.calendar.CalendarRuleBroken;
import echanges.procurement.calendar.HolidayCalendar;
import echanges.procurement.calendar.TaxCertificate;

/**
 * The procurement module's API for proposals: written, filed, edited and withdrawn by the
 * supplier's representatives while the challenge is open, sealed from everyone else until it
 * closes, then opened by the platform itself.
 */
public class Proposals {

    /** s. 37.3: the certificate is required for contracts of 25,000 or more. */
    static final BigDecimal TAX_CERTIFICATE_THRESHOLD = TaxCertificate.DEFAULT_THRESHOLD;
    private static final int OPENING_BATCH = 50;

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final ProposalRepository repository;

    public Proposals(Graph graph, Clock clock, EventBus events) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.repository = new ProposalRepository(graph);
    }

    /**
     * Saves a proposal of the supplier: {@code proposalId} null writes a new draft, which replaces
     * the supplier's current draft (one proposal per supplier, s. 7); with an id, it edits that
     * draft or filed proposal. Only while the challenge is open.
     */
    public Proposal save(String challengeId, String supplierId, @Nullable String proposalId, ProposalContent content, Viewer viewer) {
        requireRepresentative(supplierId, viewer);
        Instant now = clock.instant();
        String id = graph.write(tx -> {
            requireOpen(repository.lockChallenge(tx, challengeId).orElseThrow(() -> new ProcurementException.ChallengeNotFound(challengeId)), now);
            List<Proposal> own = repository.own(tx, challengeId, supplierId);
            if (proposalId != null) {
                Proposal existing = find(own, proposalId);
                if (existing.status() != ProposalStatus.DRAFT && existing.status() != ProposalStatus.SUBMITTED)
                    throw new WrongStatus("a " + existing.status().name().toLowerCase(java.util.Locale.ROOT) + " proposal cannot be edited");
                repository.update(tx, proposalId, content, now);
                return proposalId;
            }
            for (Proposal draft : own)
                if (draft.status() == ProposalStatus.DRAFT) {
                    repository.update(tx, draft.id(), content, now);
                    return draft.id();
                }
            String created = UUID.randomUUID().toString();
            repository.create(tx, created, challengeId, supplierId, content, now);
            return created;
        });
        return visible(id, viewer);
    }

    /**
     * Files a draft. s. 7: a supplier files one proposal; when it has filed another that it has not
     * withdrawn, all its filed proposals are rejected.
     */
    public Proposal submit(String proposalId, Viewer viewer) {
        Instant now = clock.instant();
        Proposal proposal = visible(proposalId, viewer);
        requireRepresentative(proposal.supplierId(), viewer);
        graph.write(tx -> {
            requireOpen(repository.lockChallenge(tx, proposal.challengeId()).orElseThrow(), now);
            List<Proposal> own = repository.own(tx, proposal.challengeId(), proposal.supplierId());
            Proposal current = find(own, proposalId);
            if (current.status() != ProposalStatus.DRAFT)
                throw new WrongStatus("only a draft can be filed; this proposal is " + current.status() + " (edit it instead)");
            List<String> filed = new ArrayList<>(own.stream().filter(p -> p.status() == ProposalStatus.SUBMITTED).map(Proposal::id).toList());
            repository.setStatus(tx, List.of(proposalId), ProposalStatus.SUBMITTED, null, now);
            // Sealed: the trail says that a proposal came, not whose (that is disclosed at opening).
            AuditRepository.append(tx, proposal.challengeId(), "PROPOSAL_RECEIVED", null, "a proposal was filed", now);
            if (!filed.isEmpty()) {
                filed.add(proposalId);
                repository.setStatus(tx, filed, ProposalStatus.REJECTED,
                        "s. 7: the supplier filed " + filed.size() + " proposals for this challenge, which rejects all of them", now);
            }
            return null;
        });
        events.publish(new ProposalReceived(proposal.challengeId()));
        return visible(proposalId, viewer);
    }

    /** The supplier withdraws its proposal before closing. */
    public Proposal withdraw(String proposalId, Viewer viewer) {
        Instant now = clock.instant();
        Proposal proposal = visible(proposalId, viewer);
        requireRepresentative(proposal.supplierId(), viewer);
        graph.write(tx -> {
            requireOpen(repository.lockChallenge(tx, proposal.challengeId()).orElseThrow(), now);
            Proposal current = find(repository.own(tx, proposal.challengeId(), proposal.supplierId()), proposalId);
            if (current.status() != ProposalStatus.DRAFT && current.status() != ProposalStatus.SUBMITTED)
                throw new WrongStatus("a " + current.status().name().toLowerCase(java.util.Locale.ROOT) + " proposal cannot be withdrawn");
            repository.setStatus(tx, List.of(proposalId), ProposalStatus.WITHDRAWN, null, now);
            return null;
        });
        return visible(proposalId, viewer);
    }

    /**
     * Opens the proposals of every closed challenge not yet opened (s. 11, s. 20): checks each
     * filed proposal's eligibility at closing (s. 37.3) and records the opening report. Safe to run
     * again and on several nodes: a challenge is opened once. Returns the reports it made.
     */
    public List<OpeningReport> openDue() {
        Instant now = clock.instant();
        List<OpeningReport> reports = graph.write(tx -> {
            List<OpeningReport> made = new ArrayList<>();
            for (ProposalRepository.ToOpen challenge : repository.toOpen(tx, OPENING_BATCH)) {
                List<OpeningReport.Line> lines = new ArrayList<>();
                for (Proposal p : challenge.filed()) {
                    String refusal = ineligibility(p, challenge.closesAt());
                    if (refusal != null) repository.setStatus(tx, List.of(p.id()), ProposalStatus.REJECTED, refusal, now);
                    // The names of all who filed are disclosed; prices only for a price-only award (s. 20).
                    lines.add(new OpeningReport.Line(p.supplierId(), challenge.supplierNames().get(p.supplierId()), challenge.priceOnly() ? p.price() : null));
                }
                repository.opened(tx, challenge.challengeId(), lines, now);
                AuditRepository.append(tx, challenge.challengeId(), "OPENED", null, lines.size() + " proposals opened", now);
                made.add(new OpeningReport(challenge.challengeId(), now, lines));
            }
            return made;
        });
        reports.forEach(r -> events.publish(new ProposalsOpened(r.challengeId())));
        return reports;
    }

    /** The proposals of these challenges that the viewer may see: sealed until closing. */
    public Map<String, List<Proposal>> ofChallenges(Collection<String> challengeIds, Viewer viewer) {
        return repository.ofChallenges(challengeIds, viewer);
    }

    public Map<String, Proposal> byIds(Collection<String> ids, Viewer viewer) {
        return repository.byIds(ids, viewer).stream().collect(Collectors.toMap(Proposal::id, Function.identity()));
    }

    /** How many proposals each challenge received: its body's officers may know that much before closing. */
    public Map<String, Integer> received(Collection<String> challengeIds) {
        return repository.received(challengeIds);
    }

    /** The opening reports of those challenges that were opened; public, like the opening itself. */
    public Map<String, OpeningReport> openingReports(Collection<String> challengeIds) {
        return repository.reports(challengeIds);
    }

    /** s. 37.3: why a filed proposal is not eligible at closing, or null. */
    static @Nullable String ineligibility(Proposal proposal, Instant closesAt) {
        if (!TaxCertificate.required(proposal.price(), TAX_CERTIFICATE_THRESHOLD)) return null;
        if (proposal.taxCertificate() == null)
            return "s. 37.3: a tax-compliance certificate is required for a contract of " + TAX_CERTIFICATE_THRESHOLD.toPlainString() + " or more";
        try {
            proposal.taxCertificate().checkAt(closesAt, HolidayCalendar.QUEBEC_TIME);
            return null;
        } catch (CalendarRuleBroken e) {
            return e.getMessage();
        }
    }

    private static Proposal find(List<Proposal> own, String proposalId) {
        return own.stream().filter(p -> p.id().equals(proposalId)).findFirst().orElseThrow(() -> new ProposalNotFound(proposalId));
    }

    private Proposal visible(String id, Viewer viewer) {
        Proposal proposal = byIds(List.of(id), viewer).get(id);
        if (proposal == null) throw new ProposalNotFound(id);
        return proposal;
    }

    private static void requireRepresentative(String supplierId, Viewer viewer) {
        viewer.requirePerson();
        if (!viewer.representativeOf().contains(supplierId)) throw new NotARepresentative(supplierId);
    }

    /** s. 7 (1): a proposal arriving after the closing time is refused. */
    private static void requireOpen(ProposalRepository.OpenChallenge challenge, Instant now) {
        if (challenge.status() != ChallengeStatus.PUBLISHED || !now.isBefore(challenge.closesAt()))
            throw new WrongStatus("the challenge is closed to proposals: late proposals are refused (s. 7 (1))");
    }
}
