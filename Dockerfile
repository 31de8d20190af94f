# syntax=docker/dockerfile:1
# Catwork's image: built with the Maven wrapper on a Temurin 17 JDK, run on a Temurin 17 JRE by a user without
# rights. `docker build -t catwork .` here, or `docker compose -f deploy/compose.yaml up --build` (deploy/).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY shared-events/ shared-events/
COPY command-side/ command-side/
COPY query-side/ query-side/
COPY ops/ ops/
# the local repository and the wrapper's Maven stay in a build cache between builds; no test runs here
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 catwork \
    && useradd --system --uid 10001 --gid catwork --home-dir /app --shell /usr/sbin/nologin catwork \
    && mkdir -p /app/data && chown catwork:catwork /app/data
WORKDIR /app
COPY --from=build /src/ops/target/catwork.jar /app/catwork.jar
USER 10001:10001
# sized for a 512 MB heap (what the benchmarks were measured with); the container needs about 1 GB in all
ENV JAVA_OPTS="-Xmx512m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/catwork.jar \"$@\"", "catwork"]
