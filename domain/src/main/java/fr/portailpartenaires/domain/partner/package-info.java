/**
 * The partner aggregate: a partner organisation's data, address and users, and the rules by which
 * its own administrators manage them (at least one administrator, no self-revocation, unique logins).
 */
package fr.portailpartenaires.domain.partner;
