package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal.Anonymous;
import fr.portailpartenaires.application.shared.Principal.CafAdministrator;
import fr.portailpartenaires.application.shared.Principal.CaisseAdministrator;
import fr.portailpartenaires.application.shared.Principal.PartnerUser;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Refusal;
import java.util.Optional;

/**
 * Who may call a use case, answered as an outcome: the principal narrowed to the kind the use case serves, or
 * the refusal to return. Every guard first refuses an anonymous caller ({@code UNAUTHENTICATED}) and a session
 * with an obligation pending ({@code FORBIDDEN}, see {@link Principal#pendingObligation()}).
 *
 * <pre>{@code
 * return Guards.partnerUser(principal).flatMap(user -> transactions.commitIfDone(() -> ...));
 * }</pre>
 */
public final class Guards {

    public static final Refusal NOT_LOGGED_IN = Refusal.of("session.expiree");

    private Guards() {
    }

    /** Any logged-in principal without a pending obligation. */
    public static Outcome<Principal> loggedIn(Principal principal) {
        return obligation(principal).<Outcome<Principal>>map(refusal -> refused(principal, refusal))
                .orElseGet(() -> Outcome.done(principal));
    }

    /** A user of a partner; anyone else is refused with {@link Refusals#PARTNER_USERS_ONLY}. */
    public static Outcome<PartnerUser> partnerUser(Principal principal) {
        return partnerUser(principal, Refusals.PARTNER_USERS_ONLY);
    }

    /** A user of a partner; anyone else is refused with {@code refusal}. */
    public static Outcome<PartnerUser> partnerUser(Principal principal, Refusal refusal) {
        return loggedIn(principal).flatMap(who -> who instanceof PartnerUser user
                ? Outcome.done(user)
                : Outcome.refused(Reason.FORBIDDEN, refusal));
    }

    /** An administrator of a caisse, a CAF's included: their caisse; anyone else is refused with {@code refusal}. */
    public static Outcome<CaisseCode> caisseAdministrator(Principal principal, Refusal refusal) {
        return loggedIn(principal).flatMap(who -> switch (who) {
            case CaisseAdministrator administrator -> Outcome.done(administrator.caisseCode());
            case CafAdministrator administrator -> Outcome.done(administrator.caf());
            case PartnerUser ignored -> Outcome.refused(Reason.FORBIDDEN, refusal);
            case Anonymous ignored -> Outcome.refused(Reason.UNAUTHENTICATED, NOT_LOGGED_IN);
        });
    }

    /** An administrator of a CAF; anyone else is refused with {@code refusal}. */
    public static Outcome<CafAdministrator> cafAdministrator(Principal principal, Refusal refusal) {
        return loggedIn(principal).flatMap(who -> who instanceof CafAdministrator administrator
                ? Outcome.done(administrator)
                : Outcome.refused(Reason.FORBIDDEN, refusal));
    }

    private static Optional<Refusal> obligation(Principal principal) {
        return principal instanceof Anonymous ? Optional.of(NOT_LOGGED_IN) : principal.pendingObligation();
    }

    private static <T> Outcome<T> refused(Principal principal, Refusal refusal) {
        return Outcome.refused(principal instanceof Anonymous ? Reason.UNAUTHENTICATED : Reason.FORBIDDEN, refusal);
    }
}
