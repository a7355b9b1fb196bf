#!/usr/bin/env bash
# The Habitat list on 1,000,000 orders on PostgreSQL (docs/benchmarks.md); not part of `mvn -B verify`.
# The same as bench/run.sh habitat (or habitat-pages): install, build, run with -Xmx1g.
#   bench/habitat.sh                      install the portal, build the bench, run it, print the Markdown tables
#   bench/habitat.sh pages                the same database, the orders list page against the JSON list (issue 18)
#   BENCH_SKIP_INSTALL=1 bench/habitat.sh skip the install (the portal is already in ~/.m2 and bootstrap/target)
# Settings are system properties of the bench JVM, e.g. BENCH_JAVA_OPTS="-Dbench.reps=100 -Dbench.orders=200000":
#   bench.orders (1000000), bench.bigConvention (200000), bench.depth (100000), bench.reps (200),
#   bench.warmup (30), bench.offsetReps (10), bench.httpReps (200), bench.httpWarmupRounds (100);
#   pages: bench.orders, bench.bigConvention, bench.depth as above, and the load's bench.pageConcurrency (4),
#   bench.pageWarmupSeconds (20 here), bench.pageRounds (4), bench.pageRoundSeconds (3), bench.pageAcceptEncoding (gzip);
#   BENCH_SERVICE_JVM_OPTS as for bench/run.sh (the page benchmark runs the portal in its own JVM).
# On the shared machine, hold the build lock so nothing else runs meanwhile: flock /work/build.lock bench/habitat.sh
set -euo pipefail
case "${1:-list}" in
  list) exec "$(dirname "$0")/run.sh" habitat ;;
  pages) exec "$(dirname "$0")/run.sh" habitat-pages ;;
  *) echo "usage: bench/habitat.sh [list|pages]" >&2; exit 2 ;;
esac
