// Tags are shared by every module: unique by id and by name.
CREATE CONSTRAINT tag_id IF NOT EXISTS FOR (t:Tag) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT tag_name IF NOT EXISTS FOR (t:Tag) REQUIRE t.name IS UNIQUE;
// Any node that can carry tags also has the Taggable label, so tagging needs no module's label.
CREATE CONSTRAINT taggable_id IF NOT EXISTS FOR (n:Taggable) REQUIRE n.id IS UNIQUE;
// The search outbox is drained oldest first.
CREATE CONSTRAINT outbox_id IF NOT EXISTS FOR (o:OutboxEntry) REQUIRE o.id IS UNIQUE;
CREATE INDEX outbox_created IF NOT EXISTS FOR (o:OutboxEntry) ON (o.createdAt);
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE
