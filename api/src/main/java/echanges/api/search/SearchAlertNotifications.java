package echanges.api.search;

import org.springframework.stereotype.Component;

import echanges.api.EventReactions;
import echanges.forum.Following;
import echanges.platform.EventBus;
import echanges.search.SearchAlerted;

/**
 * A saved search's alert also lands in its owner's notifications: the search module matches and
 * records the alert, the forum owns notifications.
 */
@Component
class SearchAlertNotifications extends EventReactions {

    SearchAlertNotifications(EventBus events, Following following) {
        super(events);
        on(SearchAlerted.class, e -> following.notifySearchAlert(e.personId(), e.type(), e.nodeId()));
    }
}
