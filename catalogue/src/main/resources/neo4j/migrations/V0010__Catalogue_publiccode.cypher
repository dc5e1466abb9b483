CREATE CONSTRAINT release_id IF NOT EXISTS FOR (r:Release) REQUIRE r.id IS UNIQUE;
CREATE INDEX component_delivered_by IF NOT EXISTS FOR (c:Component) ON (c.deliveredById);
// Components added before publiccode.yml support: their text becomes a description in their
// language, and the standard's mandatory keys get the values createComponent now gives.
MATCH (c:Component) WHERE NOT EXISTS { (c)-[:DESCRIBED_IN]->(:ComponentDescription) }
CREATE (c)-[:DESCRIBED_IN]->(:ComponentDescription {language: toLower(c.language), position: 0,
        shortDescription: left(c.description, 150), longDescription: c.description,
        features: [], screenshots: [], videos: [], awards: []})
SET c.publiccodeYmlVersion = coalesce(c.publiccodeYmlVersion, '0'), c.platforms = coalesce(c.platforms, ['web']),
    c.developmentStatus = coalesce(c.developmentStatus, 'STABLE'), c.softwareType = coalesce(c.softwareType, 'STANDALONE_OTHER'),
    c.maintenanceType = coalesce(c.maintenanceType, 'NONE'), c.localisationReady = coalesce(c.localisationReady, false),
    c.availableLanguages = coalesce(c.availableLanguages, [toLower(c.language)])
