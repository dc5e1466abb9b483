package echanges.api.catalogue;

import org.springframework.stereotype.Component;

import echanges.api.EventReactions;
import echanges.catalogue.ComponentReleased;
import echanges.catalogue.ComponentUsed;
import echanges.forum.Following;
import echanges.forum.NotificationKind;
import echanges.platform.EventBus;

/**
 * The forum tells the people watching a component of its new releases and new users: the
 * catalogue publishes the events, the forum owns watching and notifications.
 */
@Component
class ComponentNotifications extends EventReactions {

    ComponentNotifications(EventBus events, Following following) {
        super(events);
        on(ComponentReleased.class, e -> following.notifyComponentWatchers(e.componentId(), NotificationKind.COMPONENT_RELEASED));
        on(ComponentUsed.class, e -> following.notifyComponentWatchers(e.componentId(), NotificationKind.COMPONENT_USED));
    }
}
