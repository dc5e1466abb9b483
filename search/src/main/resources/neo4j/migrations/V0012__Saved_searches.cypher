CREATE CONSTRAINT saved_search_id IF NOT EXISTS FOR (s:SavedSearch) REQUIRE s.id IS UNIQUE;
CREATE INDEX saved_search_owner IF NOT EXISTS FOR (s:SavedSearch) ON (s.ownerId);
// One alert per saved search and item, ever: replays of the outbox never alert twice.
CREATE CONSTRAINT search_alert_key IF NOT EXISTS FOR (a:SearchAlert) REQUIRE a.key IS UNIQUE;
CREATE INDEX search_alert_saved_search IF NOT EXISTS FOR (a:SearchAlert) ON (a.savedSearchId)
