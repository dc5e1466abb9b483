CREATE CONSTRAINT thread_id IF NOT EXISTS FOR (t:Thread) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE;
// Thread lists sort by latest activity; posts by creation.
CREATE INDEX thread_activity IF NOT EXISTS FOR (t:Thread) ON (t.lastActivityAt);
CREATE INDEX post_created IF NOT EXISTS FOR (p:Post) ON (p.createdAt)
