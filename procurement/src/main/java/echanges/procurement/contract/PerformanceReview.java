package echanges.procurement.contract;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An unsatisfactory performance report (s. 42) through its dates: filed at the latest 60 days after
 * the contract's end (s. 43), open to the supplier's comments for 30 days (s. 44), then upheld or
 * cancelled by the chief executive within 30 days of the comments or of the window's end; past that,
 * "the supplier's performance is considered to be satisfactory" (s. 45).
 */
public record PerformanceReview(Instant filedAt, @Nullable Instant commentedAt, @Nullable Boolean upheld, @Nullable Instant decidedAt,
                                ContractSettings settings) {

    public enum State { AWAITING_COMMENTS, AWAITING_DECISION, UPHELD, CANCELLED, DEEMED_SATISFACTORY }

    /** Whether a report may be filed now: during the contract or within the s. 43 period after its end. */
    public static void checkFiling(@Nullable Instant contractEnd, Instant now, ContractSettings settings) {
        if (contractEnd != null && now.isAfter(contractEnd.plus(settings.reportWithin())))
            throw new ContractRuleBroken.OutOfTime("a performance report is completed at the latest " + settings.reportWithin().toDays()
                    + " days after the end of the contract (s. 43); it ended at " + contractEnd);
    }

    public Instant commentsUntil() {
        return filedAt.plus(settings.commentWithin());
    }

    /** The s. 45 deadline: 30 days after the comments, or after the comment window if none came. */
    public Instant decisionUntil() {
        return (commentedAt != null ? commentedAt : commentsUntil()).plus(settings.decisionWithin());
    }

    public State stateAt(Instant now) {
        if (upheld != null) return upheld ? State.UPHELD : State.CANCELLED;
        if (now.isAfter(decisionUntil())) return State.DEEMED_SATISFACTORY;
        if (commentedAt == null && !now.isAfter(commentsUntil())) return State.AWAITING_COMMENTS;
        return State.AWAITING_DECISION;
    }

    public void checkComment(Instant now) {
        if (commentedAt != null) throw new ContractRuleBroken.OutOfTime("the supplier has already commented on this report (s. 44)");
        if (now.isAfter(commentsUntil()))
            throw new ContractRuleBroken.OutOfTime("comments on a performance report are sent within " + settings.commentWithin().toDays()
                    + " days of receiving it (s. 44): the window closed at " + commentsUntil());
    }

    public void checkDecision(Instant now) {
        State state = stateAt(now);
        if (state == State.AWAITING_COMMENTS)
            throw new ContractRuleBroken.OutOfTime("the supplier may comment until " + commentsUntil() + " (s. 44); the decision comes after");
        if (state != State.AWAITING_DECISION)
            throw new ContractRuleBroken.OutOfTime("this report is already " + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (s. 45)");
    }
}
