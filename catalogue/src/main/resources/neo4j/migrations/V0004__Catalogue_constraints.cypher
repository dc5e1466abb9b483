CREATE CONSTRAINT component_id IF NOT EXISTS FOR (c:Component) REQUIRE c.id IS UNIQUE;
CREATE INDEX component_created IF NOT EXISTS FOR (c:Component) ON (c.createdAt)
