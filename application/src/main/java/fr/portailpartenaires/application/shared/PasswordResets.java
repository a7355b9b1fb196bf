package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The temporary passwords asked for with « Mot de passe oublié » and not used yet (spec §2.4, issue 19): at most one
 * per account, kept beside the account's password, which keeps working until the temporary one is used.
 */
public interface PasswordResets {

    /**
     * @param codeDigest   SHA-256 of the temporary password, hexadecimal (see {@code ResetCodes})
     * @param passwordHash the Argon2id hash the account's password becomes when the temporary one is used
     * @param expiresAt    the end of its validity
     * @param requestedAt  when it was asked for
     */
    record Pending(String codeDigest, String passwordHash, Instant expiresAt, Instant requestedAt) {

        public Pending {
            Components.required(Pending.class, codeDigest, passwordHash, expiresAt, requestedAt);
        }

        public boolean isValidAt(Instant now) {
            return now.isBefore(expiresAt);
        }

        @Override
        public String toString() {
            return "Pending[expiresAt=" + expiresAt + ", requestedAt=" + requestedAt + "]";
        }
    }

    Optional<Pending> find(UserId account);

    /** Creates or replaces the account's pending reset (a new request replaces the former). */
    void save(UserId account, Pending pending);

    /** Forgets the account's pending reset, if any (used, or the owner logged in with their password). */
    void delete(UserId account);

    /** Deletes the resets expired at {@code now}; answers how many. */
    int purgeExpired(Instant now);
}
