# Slope's server (the playground page, the wasm engine, the snippet store) in one image.
#   docker build -t slope .
#   docker run -p 7070:7070 -v slope-data:/data slope
# BASE picks the Debian bookworm image both stages start from; where no registry can be reached, a
# local one made by debootstrap serves (podman build --build-arg BASE=localhost/bookworm-min .,
# see .ci/docker-smoke). The build stage downloads from Debian, Maven Central and npm.
ARG BASE=debian:bookworm-slim

# ---- build: JDK 17, Maven and Node/npm; the page, the wasm and the server's jar with its libraries
FROM ${BASE} AS build
# Slim images drop /usr/share/man/man1, where openjdk's postinst links java.1.gz: it fails without it.
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates openjdk-17-jdk-headless maven nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml ./
COPY engine engine
COPY web web
COPY static static
COPY examples examples
COPY server server
# The cache mounts keep Maven's and npm's downloads between builds on one host (BuildKit, buildah);
# they are not part of any layer, and an empty cache just downloads everything.
RUN --mount=type=cache,target=/root/.m2/repository,id=slope-m2 \
    --mount=type=cache,target=/root/.npm,id=slope-npm \
    mvn -B -ntp -pl server -am package -Dmaven.test.skip=true \
 && mkdir -p /app \
 && cp server/target/slope-server.jar /app/ \
 && cp -r server/target/lib /app/lib

# ---- runtime: a headless JRE and the jar; snippets in SQLite under /data
FROM ${BASE}
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin \
 && groupadd --system --gid 10001 slope \
 && useradd --system --uid 10001 --gid slope --home-dir /app --no-create-home --shell /usr/sbin/nologin slope \
 && mkdir -p /data \
 && chown slope:slope /data
COPY --from=build /app /app
ENV HOST=0.0.0.0 \
    PORT=7070 \
    SLOPE_DATA_DIR=/data \
    SLOPE_JAVA_OPTS="-XX:MaxRAMPercentage=75"
VOLUME /data
EXPOSE 7070
USER slope
WORKDIR /app
# bash's /dev/tcp: no curl in the image. HTTP/1.0, so the server closes and grep sees the whole answer.
# The first check runs after one interval; the server starts in seconds, so no --start-period (which
# dockerfilelint 1.8.0 also rejects: its option regex stops at the hyphen).
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-7070} && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"ok\"' <&3"]
# sh only expands SLOPE_JAVA_OPTS; exec leaves java as PID 1, so docker stop reaches its shutdown hook.
CMD ["sh", "-c", "exec java $SLOPE_JAVA_OPTS -cp '/app/slope-server.jar:/app/lib/*' slope.server.SlopeServer"]
