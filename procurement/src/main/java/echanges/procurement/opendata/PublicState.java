package echanges.procurement.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a challenge shows the public at one instant, and the only input of a release. Read from
 * public fields only: the opening's disclosure once the proposals are opened, the winner once
 * decided, contracts and the amendments published under s. 38.1; never a proposal before opening.
 */
record PublicState(String challengeId, String title, String description, String language, String status,
                   BigDecimal budgetCeiling, String currency, @Nullable Instant publishedAt, Instant closesAt,
                   @Nullable String awardRule, List<Criterion> criteria, Party body, List<Addendum> addenda,
                   @Nullable Opening opening, @Nullable Winner winner, List<Contract> contracts) {

    record Party(String id, String name) {
    }

    record Criterion(String name, String weight) {
    }

    record Addendum(int number, String text, Instant publishedAt, String closingShiftReason) {
    }

    /** s. 11, s. 20: who filed, disclosed at the opening. */
    record Opening(Instant openedAt, List<Party> tenderers) {
    }

    /** s. 26: the winner and the awarded price. */
    record Winner(String proposalId, Party supplier, BigDecimal price, Instant decidedAt) {
    }

    record Contract(String id, String awardId, Party supplier, BigDecimal initialAmount, String currency, Instant openedAt, String status,
                    @Nullable String finalDescription, @Nullable Instant endedAt, List<ContractAmendment> amendments) {

        /** The amendments the public sees: those published because they raise the amount by more than 10 % (s. 38.1). */
        List<ContractAmendment> published() {
            return amendments.stream().filter(ContractAmendment::published).toList();
        }

        /** The amount as last published: the initial one, or that of the last published amendment. */
        BigDecimal publishedAmount() {
            List<ContractAmendment> published = published();
            return published.isEmpty() ? initialAmount : published.getLast().amount();
        }
    }

    record ContractAmendment(int sequence, BigDecimal amount, String rationale, Instant at, boolean published) {
    }
}
