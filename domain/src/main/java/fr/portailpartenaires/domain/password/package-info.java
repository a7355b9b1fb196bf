/**
 * Password rules: the three policies a deployment chooses from (PPAS, CAF, recommended), the
 * blocklist of common passwords, password change checks and temporary passwords. Hashing is an
 * infrastructure concern and lives outside the domain.
 */
package fr.portailpartenaires.domain.password;
