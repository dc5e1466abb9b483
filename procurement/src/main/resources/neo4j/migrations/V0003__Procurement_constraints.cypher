CREATE CONSTRAINT challenge_id IF NOT EXISTS FOR (c:Challenge) REQUIRE c.id IS UNIQUE;
// Lists filter by status and sort by creation.
CREATE INDEX challenge_status IF NOT EXISTS FOR (c:Challenge) ON (c.status);
CREATE INDEX challenge_created IF NOT EXISTS FOR (c:Challenge) ON (c.createdAt)
