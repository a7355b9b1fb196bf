package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.domain.shared.Components;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The captcha challenges waiting for an answer. Only a hash of each answer is kept, with the
 * instant the challenge expires; a challenge is consumed by the first attempt to answer it.
 */
public interface CaptchaStore {

    void save(Challenge challenge);

    /**
     * Removes the challenge and hands it back, if it was there. Of two concurrent takes of the
     * same challenge, at most one gets it (a challenge answers once).
     */
    Optional<Challenge> take(UUID id);

    /** Forgets the challenge (refreshed by the user); unknown ids are ignored. */
    void discard(UUID id);

    /** Deletes every challenge that expired at or before {@code now}; answers how many. */
    int purgeExpired(Instant now);

    /**
     * @param id         the challenge's public identifier (sent to the browser with the image)
     * @param answerHash SHA-256 of the answer, hexadecimal, lower case (never the answer itself)
     * @param expiresAt  the first instant at which the challenge no longer answers
     */
    record Challenge(UUID id, String answerHash, Instant expiresAt) {
        public Challenge {
            Components.required(Challenge.class, id, answerHash, expiresAt);
        }
    }
}
