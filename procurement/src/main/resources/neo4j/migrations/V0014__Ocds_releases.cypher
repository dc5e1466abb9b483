CREATE CONSTRAINT ocds_release_id IF NOT EXISTS FOR (r:OcdsRelease) REQUIRE r.id IS UNIQUE;
// The feed of every release pages by date.
CREATE INDEX ocds_release_date IF NOT EXISTS FOR (r:OcdsRelease) ON (r.date)
