package echanges.procurement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.ChallengeStatus;
import echanges.procurement.ProcurementException.WrongStatus;

class ChallengeLifecycleTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # from,       step,                 to
            DRAFT,        PUBLISH,              PUBLISHED
            PUBLISHED,    CLOSE,                CLOSED
            PUBLISHED,    WITHDRAW,             WITHDRAWN
            CLOSED,       SHORTLIST,            FINALISTS
            CLOSED,       AWARD,                AWARDED
            CLOSED,       DECLARE_UNSUCCESSFUL, UNSUCCESSFUL
            CLOSED,       CANCEL,               CANCELLED
            FINALISTS,    AWARD,                AWARDED
            FINALISTS,    DECLARE_UNSUCCESSFUL, UNSUCCESSFUL
            FINALISTS,    CANCEL,               CANCELLED
            """)
    void shouldAllowTheStepsOfTheProcess(ChallengeStatus from, Step step, ChallengeStatus to) {
        assertThat(ChallengeLifecycle.next(from, step)).isEqualTo(to);
    }

    @Test
    void shouldRefuseEveryOtherStep() {
        int allowed = 0;
        for (ChallengeStatus from : ChallengeStatus.values())
            for (Step step : Step.values()) {
                if (ChallengeLifecycle.allows(from, step)) {
                    allowed++;
                    continue;
                }
                assertThatThrownBy(() -> ChallengeLifecycle.next(from, step)).isInstanceOf(WrongStatus.class)
                        .hasMessageContaining(from.name().toLowerCase());
            }
        assertThat(allowed).isEqualTo(10);
    }

    @Test
    void shouldEndWithAwardFailureCancellationOrWithdrawal() {
        assertThat(EnumSet.allOf(ChallengeStatus.class)).filteredOn(ChallengeLifecycle::isEnd)
                .containsExactlyInAnyOrder(ChallengeStatus.AWARDED, ChallengeStatus.UNSUCCESSFUL, ChallengeStatus.CANCELLED, ChallengeStatus.WITHDRAWN);
    }

    @Test
    void shouldNotPublishAClosedChallengeAgain() {
        assertThatThrownBy(() -> ChallengeLifecycle.next(ChallengeStatus.AWARDED, Step.PUBLISH))
                .isInstanceOf(WrongStatus.class).hasMessage("the challenge is awarded, so it cannot be published: it has ended");
    }
}
