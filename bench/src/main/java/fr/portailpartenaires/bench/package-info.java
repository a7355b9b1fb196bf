/**
 * Performance benchmarks of the service (not part of the build's tests): password logins per second and latency
 * beside Keycloak in the same run, the resident memory of both, and an authenticated read compared with a bare
 * Javalin + jOOQ handler ({@code bench/run.sh}, issues 4 and 20); OWASP's Argon2id settings per engine
 * ({@code bench/run.sh argon2}, ADR 0020); the pages against their JSON API and the bytes of a visit ({@code bench/run.sh pages},
 * issue 17); the Habitat list on 1,000,000 orders on PostgreSQL ({@code bench/habitat.sh}). Results
 * and method in {@code docs/benchmarks.md}.
 */
package fr.portailpartenaires.bench;
