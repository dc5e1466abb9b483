# The Échanges API, built from this repository. docker-compose.yml runs it against the official
# Neo4j and Elasticsearch images (external mode: it starts neither server itself).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /app echanges
WORKDIR /app
COPY --from=build /src/api/target/echanges.jar /app/echanges.jar
USER echanges
EXPOSE 8080
ENTRYPOINT ["java", "-Xms256m", "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/echanges.jar"]
