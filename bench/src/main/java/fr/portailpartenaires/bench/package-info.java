/**
 * Performance benchmark of the running service (not part of the build's tests): password logins per
 * second, the service's resident memory, and an authenticated read compared with a bare Javalin + jOOQ
 * handler. Run with {@code bench/run.sh}; results and method in {@code docs/benchmarks.md}.
 */
package fr.portailpartenaires.bench;
