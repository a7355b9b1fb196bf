/** jOOQ stores of accounts, sessions, login attempts, e-mail changes and usage-rule acceptances; the Argon2id hasher. */
package fr.portailpartenaires.adapters.persistence.account;
