package echanges.procurement.lifecycle;

import static echanges.procurement.ChallengeStatus.AWARDED;
import static echanges.procurement.ChallengeStatus.CANCELLED;
import static echanges.procurement.ChallengeStatus.CLOSED;
import static echanges.procurement.ChallengeStatus.DRAFT;
import static echanges.procurement.ChallengeStatus.FINALISTS;
import static echanges.procurement.ChallengeStatus.PUBLISHED;
import static echanges.procurement.ChallengeStatus.UNSUCCESSFUL;
import static echanges.procurement.ChallengeStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import echanges.procurement.ChallengeStatus;
import echanges.procurement.ProcurementException.WrongStatus;

/**
 * Which step may follow which. A draft is published; an open call closes by the clock or is
 * withdrawn; a closed one goes to finalists or is decided (awarded, unsuccessful) or cancelled.
 * Awarded, unsuccessful, cancelled and withdrawn are ends: nothing follows them here (the
 * contract that follows an award has a lifecycle of its own).
 */
public final class ChallengeLifecycle {

    private static final Map<ChallengeStatus, Map<Step, ChallengeStatus>> NEXT = new EnumMap<>(ChallengeStatus.class);

    static {
        allow(DRAFT, Step.PUBLISH, PUBLISHED);
        allow(PUBLISHED, Step.CLOSE, CLOSED);
        allow(PUBLISHED, Step.WITHDRAW, WITHDRAWN);
        allow(CLOSED, Step.SHORTLIST, FINALISTS);
        for (ChallengeStatus decided : Set.of(CLOSED, FINALISTS)) {
            allow(decided, Step.AWARD, AWARDED);
            allow(decided, Step.DECLARE_UNSUCCESSFUL, UNSUCCESSFUL);
            allow(decided, Step.CANCEL, CANCELLED);
        }
    }

    private ChallengeLifecycle() {
    }

    private static void allow(ChallengeStatus from, Step step, ChallengeStatus to) {
        NEXT.computeIfAbsent(from, f -> new EnumMap<>(Step.class)).put(step, to);
    }

    /** The status after the step; refuses a step the status does not allow, naming both. */
    public static ChallengeStatus next(ChallengeStatus from, Step step) {
        ChallengeStatus to = NEXT.getOrDefault(from, Map.of()).get(step);
        if (to == null)
            throw new WrongStatus("the challenge is " + from.name().toLowerCase(java.util.Locale.ROOT) + ", so it cannot be "
                    + past(step) + (isEnd(from) ? ": it has ended" : ""));
        return to;
    }

    public static boolean allows(ChallengeStatus from, Step step) {
        return NEXT.getOrDefault(from, Map.of()).containsKey(step);
    }

    public static boolean isEnd(ChallengeStatus status) {
        return !NEXT.containsKey(status);
    }

    private static String past(Step step) {
        return switch (step) {
            case PUBLISH -> "published";
            case CLOSE -> "closed";
            case SHORTLIST -> "shortlisted";
            case AWARD -> "awarded";
            case DECLARE_UNSUCCESSFUL -> "declared unsuccessful";
            case WITHDRAW -> "withdrawn";
            case CANCEL -> "cancelled";
        };
    }
}
