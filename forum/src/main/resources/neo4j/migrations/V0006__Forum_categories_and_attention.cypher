CREATE CONSTRAINT category_id IF NOT EXISTS FOR (c:Category) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT category_slug IF NOT EXISTS FOR (c:Category) REQUIRE c.slug IS UNIQUE;
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE INDEX post_path IF NOT EXISTS FOR (p:Post) ON (p.path);
// The managed list of categories, in French and English.
MERGE (c:Category {slug: 'announcements'})
  ON CREATE SET c.id = randomUUID(), c.position = 1, c.nameFr = 'Annonces', c.nameEn = 'Announcements',
                c.descriptionFr = 'Nouvelles de la plateforme et des organismes publics.',
                c.descriptionEn = 'News from the platform and public bodies.';
MERGE (c:Category {slug: 'challenges'})
  ON CREATE SET c.id = randomUUID(), c.position = 2, c.nameFr = 'Défis', c.nameEn = 'Challenges',
                c.descriptionFr = 'Questions et discussions sur les défis publiés.',
                c.descriptionEn = 'Questions and discussions about published challenges.';
MERGE (c:Category {slug: 'components'})
  ON CREATE SET c.id = randomUUID(), c.position = 3, c.nameFr = 'Composants', c.nameEn = 'Components',
                c.descriptionFr = 'Réutiliser, améliorer et maintenir les composants libres.',
                c.descriptionEn = 'Reusing, improving and maintaining open-source components.';
MERGE (c:Category {slug: 'help'})
  ON CREATE SET c.id = randomUUID(), c.position = 4, c.nameFr = 'Aide', c.nameEn = 'Help',
                c.descriptionFr = 'Comment répondre à un défi, les règles, la plateforme.',
                c.descriptionEn = 'How to answer a challenge, the rules, the platform.';
MERGE (c:Category {slug: 'community'})
  ON CREATE SET c.id = randomUUID(), c.position = 5, c.nameFr = 'Communauté', c.nameEn = 'Community',
                c.descriptionFr = 'Entre développeuses et développeurs : tout le reste.',
                c.descriptionEn = 'Developer to developer: everything else.'
