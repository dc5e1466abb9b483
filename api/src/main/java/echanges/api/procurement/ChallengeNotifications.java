package echanges.api.procurement;

import org.springframework.stereotype.Component;

import echanges.accounts.Accounts;
import echanges.api.EventReactions;
import echanges.forum.Following;
import echanges.platform.EventBus;
import echanges.procurement.AddendumPublished;
import echanges.procurement.Awards;
import echanges.procurement.ChallengeAwarded;
import echanges.procurement.ChallengeCancelled;
import echanges.procurement.ChallengeWithdrawn;
import echanges.procurement.FinalistsShortlisted;

/**
 * The forum tells people what procurement did: a challenge's followers of its addenda (s. 9: "sent
 * to all interested suppliers") and of its changes of stage; every member of each supplier that
 * filed, of its result once decided (s. 26). Procurement publishes the events, the forum owns
 * notifications.
 */
@Component
class ChallengeNotifications extends EventReactions {

    ChallengeNotifications(EventBus events, Following following, Awards awards, Accounts accounts) {
        super(events);
        on(AddendumPublished.class, e -> following.notifyAddendum(e.challengeId()));
        on(FinalistsShortlisted.class, e -> following.notifyChallengeUpdated(e.challengeId()));
        on(ChallengeCancelled.class, e -> following.notifyChallengeUpdated(e.challengeId()));
        on(ChallengeWithdrawn.class, e -> following.notifyChallengeUpdated(e.challengeId()));
        on(ChallengeAwarded.class, e -> {
            following.notifyAwardResult(e.challengeId(), accounts.memberIds(awards.decidedSuppliers(e.challengeId())));
            following.notifyChallengeUpdated(e.challengeId());
        });
    }
}
