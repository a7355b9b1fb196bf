/**
 * jOOQ persistence adapter: the Flyway migrations (single source of truth of the schema, in
 * {@code db/migration}), the jOOQ classes generated from them at build time, and the jOOQ
 * implementations of the application's persistence ports. Works on H2 and PostgreSQL.
 */
package fr.portailpartenaires.adapters.persistence;
