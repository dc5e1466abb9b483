// Contracts and performance reports are found by id (mutations, node(id:)).
CREATE CONSTRAINT contract_id IF NOT EXISTS FOR (k:Contract) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT performance_report_id IF NOT EXISTS FOR (r:PerformanceReport) REQUIRE r.id IS UNIQUE;
