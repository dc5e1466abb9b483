// publiccode.yml's url identifies the software: imports look components up by repository.
CREATE INDEX component_repository IF NOT EXISTS FOR (c:Component) ON (c.repositoryUrl)
