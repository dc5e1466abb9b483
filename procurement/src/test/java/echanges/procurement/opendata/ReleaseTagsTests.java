package echanges.procurement.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which audit actions are public steps, and the OCDS release tags they produce. */
class ReleaseTagsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PUBLISHED          | tender
            ADDENDUM           | tenderAmendment
            OPENED             | tenderUpdate
            SHORTLISTED        | tenderUpdate
            UNSUCCESSFUL       | tenderUpdate
            WITHDRAWN          | tenderCancellation
            CANCELLED          | tenderCancellation
            AWARDED            | award
            CONTRACT_OPENED    | contract
            CONTRACT_AMENDED   | contractAmendment
            CONTRACT_COMPLETED | implementation contractTermination
            """)
    void shouldTagEachPublicStep(String action, String tags) {
        assertThat(ReleaseTags.of(action)).containsExactly(tags.split(" "));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            PROPOSAL_RECEIVED
            PROPOSAL_REJECTED
            DEMO_SUBMITTED
            CONTRACT_AMENDMENT_RECORDED
            COMMITTEE_ASSIGNED
            CONFLICT_DECLARED
            SCORED
            CONSOLIDATED
            PERFORMANCE_REPORTED
            SUPPLIER_COMMENTED
            CLOSED
            SOMETHING_NEW
            """)
    void shouldReleaseNothingForInternalOrSealedActions(String action) {
        assertThat(ReleaseTags.of(action)).isEmpty();
    }
}
