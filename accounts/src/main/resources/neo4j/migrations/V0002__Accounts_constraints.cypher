CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT person_email IF NOT EXISTS FOR (p:Person) REQUIRE p.email IS UNIQUE;
// Handles are unique whatever their case: @Marie and @marie are one person.
CREATE CONSTRAINT person_handle IF NOT EXISTS FOR (p:Person) REQUIRE p.handleKey IS UNIQUE;
CREATE CONSTRAINT public_body_id IF NOT EXISTS FOR (b:PublicBody) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT supplier_id IF NOT EXISTS FOR (s:Supplier) REQUIRE s.id IS UNIQUE
