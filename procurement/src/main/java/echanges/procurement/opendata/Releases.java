package echanges.procurement.opendata;

import java.time.Instant;
import java.util.List;

import echanges.platform.Tx;

/**
 * Records the OCDS release of a public step, in the transaction of the step itself: the release
 * commits with the step or not at all, so none is ever lost or published for a step that failed.
 */
public final class Releases {

    private Releases() {
    }

    /**
     * Called for every action appended to a challenge's audit trail; records a release for the
     * public steps only (see {@link ReleaseTags}), a snapshot of the challenge's public state.
     */
    public static void record(Tx tx, String challengeId, String action, Instant at) {
        List<String> tags = ReleaseTags.of(action);
        if (tags.isEmpty()) return;
        ReleaseRepository.publicState(tx, challengeId)
                .ifPresent(state -> ReleaseRepository.create(tx, challengeId, tags, at, OcdsJson.write(Release.of(state, tags, at))));
    }
}
