package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Optional;

/**
 * Who calls a use case: nobody logged in, a user of a partner (scoped to their partner), an administrator of a
 * caisse (scoped to their caisse), or an administrator of a CAF (the caisse of the CAF profile, who administers AFAS
 * conventions). Use cases authorize through {@link Guards}, whose answers are outcomes.
 *
 * <p>A session may carry obligations to meet before anything else: a temporary password to change, usage rules to
 * accept (CAF profile). Every use case but the one meeting an obligation refuses such a principal with
 * {@link #pendingObligation()}.
 */
public sealed interface Principal
        permits Principal.Anonymous, Principal.PartnerUser, Principal.CaisseAdministrator, Principal.CafAdministrator {

    /** The profile a client is told at login ({@code profil}): a CAF administrator is a caisse administrator. */
    enum Kind { PARTNER_USER, CAISSE_ADMIN }

    Refusal PASSWORD_CHANGE_REQUIRED = Refusal.of("session.changement_mot_de_passe_requis");

    Refusal RULES_ACCEPTANCE_REQUIRED = Refusal.of("session.acceptation_regles_requise");

    /**
     * The facts of a logged-in session.
     *
     * @param csrfToken       the session's anti-CSRF token, for adapters that authenticate by cookie
     * @param mustAcceptRules the usage rules in force are not accepted yet (CAF profile, spec §2.2)
     */
    record Session(String sessionId, String csrfToken, boolean mustChangePassword, boolean mustAcceptRules) {
        public Session {
            Components.required(Session.class, sessionId, csrfToken, mustChangePassword, mustAcceptRules);
        }

        @Override
        public String toString() {
            return "Session[mustChangePassword=" + mustChangePassword + ", mustAcceptRules=" + mustAcceptRules + "]";
        }
    }

    /** Nobody logged in. */
    record Anonymous() implements Principal {
        @Override
        public Session session() {
            throw new IllegalStateException("An anonymous caller has no session");
        }

        @Override
        public UserId user() {
            throw new IllegalStateException("An anonymous caller is no user");
        }
    }

    /**
     * A user of a partner.
     *
     * @param selection the convention selected in this session, as stored: whether it is still one they may work on
     *                  is for the use cases to check (see {@code SelectConvention})
     */
    record PartnerUser(UserId user, PartnerId partnerId, Optional<ConventionId> selection, Session session)
            implements Principal {
        public PartnerUser {
            Components.required(PartnerUser.class, user, partnerId, selection, session);
        }
    }

    /** An administrator of a caisse (CARSAT, CNAV, MSA…). */
    record CaisseAdministrator(UserId user, CaisseCode caisseCode, Session session) implements Principal {
        public CaisseAdministrator {
            Components.required(CaisseAdministrator.class, user, caisseCode, session);
        }
    }

    /** An administrator of a CAF: a caisse administrator who also administers the CAF's AFAS conventions. */
    record CafAdministrator(UserId user, CaisseCode caf, Session session) implements Principal {
        public CafAdministrator {
            Components.required(CafAdministrator.class, user, caf, session);
        }
    }

    static Principal anonymous() {
        return new Anonymous();
    }

    /** The session of a logged-in principal. */
    Session session();

    UserId user();

    default Kind kind() {
        return switch (this) {
            case PartnerUser ignored -> Kind.PARTNER_USER;
            case CaisseAdministrator ignored -> Kind.CAISSE_ADMIN;
            case CafAdministrator ignored -> Kind.CAISSE_ADMIN;
            case Anonymous ignored -> throw new IllegalStateException("An anonymous caller has no profile");
        };
    }

    default String sessionId() {
        return session().sessionId();
    }

    default String csrfToken() {
        return session().csrfToken();
    }

    default boolean mustChangePassword() {
        return !(this instanceof Anonymous) && session().mustChangePassword();
    }

    default boolean mustAcceptRules() {
        return !(this instanceof Anonymous) && session().mustAcceptRules();
    }

    /**
     * What this session must do before any other use case: change its temporary password, then (or first: either
     * order) accept the usage rules. Empty when the principal may use the portal (and for an anonymous caller).
     */
    default Optional<Refusal> pendingObligation() {
        if (mustChangePassword()) {
            return Optional.of(PASSWORD_CHANGE_REQUIRED);
        }
        return mustAcceptRules() ? Optional.of(RULES_ACCEPTANCE_REQUIRED) : Optional.empty();
    }
}
