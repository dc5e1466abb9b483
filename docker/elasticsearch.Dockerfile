# The official Elasticsearch image with our analysis plugin, which the index mappings need
# (French and English folding, elision and stemming).
FROM maven:3.9-eclipse-temurin-25 AS plugin
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package -pl analysis-plugin

FROM docker.elastic.co/elasticsearch/elasticsearch:8.19.21
COPY --from=plugin /src/analysis-plugin/target/analysis-plugin-*.zip /tmp/echanges-analysis.zip
RUN bin/elasticsearch-plugin install --batch file:///tmp/echanges-analysis.zip
