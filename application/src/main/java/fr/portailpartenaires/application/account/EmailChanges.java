package fr.portailpartenaires.application.account;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The pending requests to change an account's e-mail address (« Modifier mon adresse mail », spec §2.4),
 * each waiting for its single-use confirmation token. Only the token's SHA-256 is stored; an account has at
 * most one pending request (a new one replaces it).
 */
public interface EmailChanges {

    /**
     * @param tokenHash   the SHA-256 (hexadecimal) of the token mailed to the new address
     * @param account     whose address changes
     * @param newEmail    the address asked for
     * @param requestedAt when
     * @param expiresAt   after which the token no longer confirms anything
     */
    record Pending(String tokenHash, UserId account, EmailAddress newEmail, Instant requestedAt, Instant expiresAt) {

        public Pending {
            Components.required(Pending.class, tokenHash, account, newEmail, requestedAt, expiresAt);
        }

        @Override
        public String toString() {
            return "Pending[tokenHash=***, account=" + account + ", requestedAt=" + requestedAt + ", expiresAt="
                    + expiresAt + "]";
        }
    }

    /** Stores the request, replacing any pending one of the same account. */
    void replace(Pending pending);

    Optional<Pending> findByTokenHash(String tokenHash);

    /**
     * Removes the request of this token: true for the one caller that removed it, so of two concurrent
     * confirmations only one goes on.
     */
    boolean consume(String tokenHash);
}
