package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who calls a use case, as established by {@link Authenticate#resolve}: a partner user (scoped to
 * their partner) or a caisse administrator (scoped to their caisse). Use cases authorize on it.
 *
 * <p>A session may carry obligations to meet before anything else: a temporary password to change
 * ({@link #mustChangePassword}), usage rules to accept ({@link #mustAcceptRules}, CAF profile). Every
 * use case but the one meeting an obligation refuses such a principal with {@link #pendingObligation()}.
 *
 * @param csrfToken          the session's anti-CSRF token, for adapters that authenticate by cookie
 * @param selectedConvention the convention a partner user selected in this session, as stored: whether it is
 *                           still one they may work on is for the use cases to check (see {@code SelectConvention})
 * @param mustAcceptRules    the usage rules in force are not accepted yet (CAF profile, spec §2.2)
 */
public record Principal(UserId user, Kind kind, Optional<PartnerId> partner, Optional<CaisseCode> caisse,
        boolean mustChangePassword, String sessionId, String csrfToken, Optional<ConventionId> selectedConvention,
        boolean mustAcceptRules) {

    public enum Kind { PARTNER_USER, CAISSE_ADMIN }

    public static final Refusal PASSWORD_CHANGE_REQUIRED = Refusal.of("session.changement_mot_de_passe_requis",
            "Vous devez changer votre mot de passe temporaire avant de continuer.");

    public static final Refusal RULES_ACCEPTANCE_REQUIRED = Refusal.of("session.acceptation_regles_requise",
            "Vous devez accepter les règles d'utilisation du service avant de continuer.");

    public Principal {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(caisse, "caisse");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(selectedConvention, "selectedConvention");
        if ((kind == Kind.PARTNER_USER) != partner.isPresent() || (kind == Kind.CAISSE_ADMIN) != caisse.isPresent()) {
            throw new IllegalArgumentException("A partner user has a partner, a caisse administrator a caisse");
        }
        if (kind == Kind.CAISSE_ADMIN && selectedConvention.isPresent()) {
            throw new IllegalArgumentException("Only a partner user selects a convention");
        }
    }

    /** A principal who has selected no convention (yet), without usage rules to accept. */
    public Principal(UserId user, Kind kind, Optional<PartnerId> partner, Optional<CaisseCode> caisse,
            boolean mustChangePassword, String sessionId, String csrfToken) {
        this(user, kind, partner, caisse, mustChangePassword, sessionId, csrfToken, Optional.empty(), false);
    }

    /** A principal without usage rules to accept. */
    public Principal(UserId user, Kind kind, Optional<PartnerId> partner, Optional<CaisseCode> caisse,
            boolean mustChangePassword, String sessionId, String csrfToken, Optional<ConventionId> selectedConvention) {
        this(user, kind, partner, caisse, mustChangePassword, sessionId, csrfToken, selectedConvention, false);
    }

    /** A principal who has selected no convention (yet). */
    public Principal(UserId user, Kind kind, Optional<PartnerId> partner, Optional<CaisseCode> caisse,
            boolean mustChangePassword, String sessionId, String csrfToken, boolean mustAcceptRules) {
        this(user, kind, partner, caisse, mustChangePassword, sessionId, csrfToken, Optional.empty(), mustAcceptRules);
    }

    /**
     * What this session must do before any other use case: change its temporary password, then (or
     * first: either order) accept the usage rules. Empty when the principal may use the portal.
     * Use cases start with {@code principal.pendingObligation()} → {@code FORBIDDEN} with this refusal.
     */
    public Optional<Refusal> pendingObligation() {
        if (mustChangePassword) {
            return Optional.of(PASSWORD_CHANGE_REQUIRED);
        }
        return mustAcceptRules ? Optional.of(RULES_ACCEPTANCE_REQUIRED) : Optional.empty();
    }

    @Override
    public String toString() {
        return "Principal[user=" + user + ", kind=" + kind + "]";
    }
}
