#!/usr/bin/env bash
# Performance benchmarks of the running service (docs/benchmarks.md); not part of `mvn -B verify`.
#   bench/run.sh                      install the portal, build the bench, run the logins' benchmark beside Keycloak (issues 4
#                                     and 20; Keycloak 26.5.6 is downloaded once from Maven Central into $BENCH_CACHE), print a Markdown table
#   bench/run.sh quick                the same without the anchor: the portal alone, absolute figures only
#   bench/run.sh argon2               OWASP's five equivalent Argon2id settings and their p=2 variants, per engine (ADR 0020)
#   bench/run.sh pages                the same for the pages' benchmark (issue 17): pages against their API, bytes of a visit
#   bench/run.sh habitat|habitat-pages the Habitat list on 1,000,000 orders on PostgreSQL (issues 7 and 18): see bench/habitat.sh
#   bench/run.sh soak                 mixed traffic for 10 minutes at a fixed rate, latencies per operation and the service's RSS curve (issue 19)
#   bench/run.sh soak-short           the same for 60 s (after 15 s of warm-up), for a quick look
#   BENCH_SKIP_INSTALL=1 bench/run.sh skip the install (the portal is already in ~/.m2 and bootstrap/target)
#   BENCH_SERVICE_JVM_OPTS="-Xmx256m" bench/run.sh   other JVM options for the portal (default: @bootstrap/portail.jvmopts, as ./portail run)
#   BENCH_CACHE=/some/folder bench/run.sh             where Keycloak is kept (default ~/.cache/portail-bench; never in the repository)
# Bench settings are system properties of the bench JVM: BENCH_JAVA_OPTS="-Dbench.readSeconds=20" bench/run.sh
# (logins: bench.warmupLogins, bench.logins1, bench.logins4, bench.readWarmupSeconds, bench.readSeconds;
#  pages: bench.pageConcurrency, bench.pageWarmupSeconds, bench.pageRounds, bench.pageRoundSeconds, bench.pageAcceptEncoding;
#  soak: bench.soakRate (operations/s), bench.soakSeconds, bench.soakWarmupSeconds, bench.soakUsers, bench.soakSampleSeconds, bench.soakWindowSeconds)
# On the shared machine, never two benchmarks at once: flock /tmp/bench.lock bench/run.sh soak
set -euo pipefail
bench_jvm=""
anchor=""
case "${1:-logins}" in
  logins) main=LoginBenchmark; anchor=keycloak ;;
  quick) main=LoginBenchmark; bench_jvm=-Dbench.anchor=false ;;
  argon2) main=Argon2Settings; bench_jvm=--enable-native-access=ALL-UNNAMED ;;
  pages) main=PageBenchmark ;;
  habitat) main=HabitatListBenchmark; bench_jvm=-Xmx1g ;;
  habitat-pages) main=HabitatPageBenchmark; bench_jvm=-Xmx1g ;;
  soak) main=SoakBenchmark; bench_jvm=-Xmx512m ;;
  soak-short) main=SoakBenchmark; bench_jvm="-Xmx512m -Dbench.soakSeconds=60 -Dbench.soakWarmupSeconds=15 -Dbench.soakWindowSeconds=15" ;;
  *) echo "usage: bench/run.sh [logins|quick|argon2|pages|habitat|habitat-pages|soak|soak-short]" >&2; exit 2 ;;
esac
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. .ci/jdk.sh
use_jdk_21_or_newer

if [ "${BENCH_SKIP_INSTALL:-0}" != "1" ]; then
  echo "Installing the portal (mvn -B -q install -DskipTests -Djacoco.skip=true)…" >&2
  mvn -B -q install -DskipTests -Djacoco.skip=true
fi
if [ "$anchor" = keycloak ]; then
  # the anchor of issue 20, from Maven Central, checked against its published SHA-1, unpacked once
  keycloak_version=26.5.6
  cache="${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/portail-bench}"
  keycloak_home="$cache/keycloak-$keycloak_version"
  if [ ! -x "$keycloak_home/bin/kc.sh" ]; then
    mkdir -p "$cache"
    zip="$cache/keycloak-quarkus-dist-$keycloak_version.zip"
    url="https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$keycloak_version/keycloak-quarkus-dist-$keycloak_version.zip"
    echo "Downloading Keycloak $keycloak_version into $cache…" >&2
    curl -fsSL -o "$zip.part" "$url"
    echo "$(curl -fsSL "$url.sha1")  $zip.part" | sha1sum -c --quiet
    mv "$zip.part" "$zip"
    (cd "$cache" && unzip -q -o "$zip")
  fi
  bench_jvm="-Dbench.keycloakHome=$keycloak_home"
fi
echo "Building the benchmark (bench/pom.xml)…" >&2
mvn -B -q -f bench/pom.xml package
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec java $bench_jvm ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  "fr.portailpartenaires.bench.$main" "$root"
