package fr.portailpartenaires.application.account;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Which version of the usage rules (règles d'utilisation, CAF profile) each account accepted, and
 * when (spec §2.2). Every acceptance is kept, so the history shows what a user had agreed to at any date.
 */
public interface UsageRulesAcceptances {

    boolean hasAccepted(UserId account, String version);

    /** Records the acceptance; accepting the same version again changes nothing. */
    void record(Acceptance acceptance);

    /** The account's acceptances, oldest first. */
    List<Acceptance> of(UserId account);

    /**
     * @param version    the version accepted, as published by the portal (at most {@link #MAX_VERSION} characters)
     * @param acceptedAt when
     */
    record Acceptance(UserId account, String version, Instant acceptedAt) {

        public static final int MAX_VERSION = 20;

        public Acceptance {
            Components.required(Acceptance.class, account, version, acceptedAt);
            if (version.isBlank() || version.length() > MAX_VERSION) {
                throw new IllegalArgumentException("A usage rules version has 1 to " + MAX_VERSION + " characters");
            }
        }
    }
}
