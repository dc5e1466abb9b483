package echanges.api.catalogue;

import org.springframework.stereotype.Component;

import echanges.api.EventReactions;
import echanges.catalogue.Components;
import echanges.platform.EventBus;
import echanges.procurement.ChallengeAwarded;

/**
 * The catalogue credits a challenge's winner with the components already linked to it when the
 * challenge is awarded: procurement publishes the award, the catalogue owns the credit.
 */
@Component
class ComponentDeliveries extends EventReactions {

    ComponentDeliveries(EventBus events, Components components) {
        super(events);
        on(ChallengeAwarded.class, e -> {
            if (e.winningProposalId() != null) components.challengeAwarded(e.challengeId());
        });
    }
}
