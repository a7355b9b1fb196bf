/**
 * Identifiers of the reference data seeded by migrations: régimes, caisses and partner types.
 * The lists themselves live in the database; these types only guarantee well-formed codes.
 */
package fr.portailpartenaires.domain.reference;
