#!/usr/bin/env bash
# The Habitat list on 1,000,000 orders on PostgreSQL (docs/benchmarks.md); not part of `mvn -B verify`.
#   bench/habitat.sh                      install the portal, build the bench, run it, print the Markdown tables
#   BENCH_SKIP_INSTALL=1 bench/habitat.sh skip the install (the portal is already in ~/.m2)
# Settings are system properties of the bench JVM, e.g. BENCH_JAVA_OPTS="-Dbench.reps=100 -Dbench.orders=200000":
#   bench.orders (1000000), bench.bigConvention (200000), bench.depth (100000), bench.reps (200),
#   bench.warmup (30), bench.offsetReps (10), bench.httpReps (200), bench.httpWarmupRounds (100).
# On the shared machine, hold the build lock so nothing else runs meanwhile: flock /work/build.lock bench/habitat.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. .ci/jdk.sh
use_jdk_21_or_newer

if [ "${BENCH_SKIP_INSTALL:-0}" != "1" ]; then
  echo "Installing the portal (mvn -B -q install -DskipTests)…" >&2
  mvn -B -q install -DskipTests
fi
echo "Building the benchmark (bench/pom.xml)…" >&2
mvn -B -q -f bench/pom.xml package
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  fr.portailpartenaires.bench.HabitatListBenchmark "$root"
