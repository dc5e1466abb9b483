CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
// A supplier's proposals for a challenge are found together (one proposal per supplier, s. 7).
CREATE INDEX proposal_challenge_supplier IF NOT EXISTS FOR (p:Proposal) ON (p.challengeId, p.supplierId)
