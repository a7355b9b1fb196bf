package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import java.util.Optional;

/**
 * On the CAF profile, a user accepts the usage rules (règles d'utilisation) at first login and after
 * each new version (spec §2.2). Until then every other use case refuses the session
 * ({@link Principal#RULES_ACCEPTANCE_REQUIRED}).
 */
@UseCase
public interface AcceptUsageRules {

    /**
     * Records that the caller accepted this version, which must be the one in force; the session goes on
     * under a new id (a change of rights).
     *
     * @param version the version the user read and accepted
     */
    Outcome<Authenticate.LoggedIn> accept(Principal principal, String version, String sourceAddress);

    /** The version in force, which {@link #accept} wants; empty when the portal asks for none (PPAS profile). */
    Optional<String> versionInForce();
}
