package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Frame;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.Actor;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the convention use cases share (spec §3.3, §3.4): their refusals, who may act on a convention, the frame of
 * a caisse's action on one of its conventions, and the views. The domain's {@code PartnerConventions} and
 * {@link Convention} decide what each actor may do; the services check who the caller is, run one transaction per
 * use case (committed only when done), and record the audit trail and the mails in it.
 */
final class ConventionDesk extends UseCaseBase<ConventionPorts> {

    static final String CONVENTION_REQUESTED = "CONVENTION_REQUESTED";
    static final String CONVENTION_VALIDATED = "CONVENTION_VALIDATED";
    static final String CONVENTION_REJECTED = "CONVENTION_REJECTED";
    static final String CONVENTION_MODIFIED = "CONVENTION_MODIFIED";

    static final Refusal ADMINISTRATORS_ONLY = Refusal.of("convention.reservee_administrateurs");
    static final Refusal CAISSE_ONLY = Refusal.of("convention.reservee_caisse");
    static final Refusal NOT_FOUND = Refusal.of("convention.introuvable");
    static final Refusal PARTNER_NOT_FOUND = Refusal.of("partenaire.introuvable");
    static final Refusal CHANGED_MEANWHILE = Refusal.of("convention.modifiee_entre_temps");

    /** The domain's refusal of a change by anyone but the caisse. */
    private static final String MODIFICATION_BY_CAISSE = "convention.modification_reservee_caisse";
    /** The domain's refusal of a code the partner already holds. */
    private static final String ALREADY_HELD = "convention.deja_detenue";

    /** @param support taken to the microsecond: a request answers the time it is listed with */
    ConventionDesk(UseCaseSupport support, ConventionPorts ports) {
        super(support.toMicroseconds(), ports);
    }

    /**
     * The caller as an administrator of their partner; the right is read from the stored partner, so a right revoked
     * a moment ago counts at once. Runs in the caller's transaction.
     */
    Outcome<Partner> administratorOf(Principal.PartnerUser user) {
        return ports.partners().find(user.partnerId())
                .<Outcome<Partner>>map(partner -> partner.isAdministrator(user.user())
                        ? Outcome.done(partner)
                        : Outcome.refused(Reason.FORBIDDEN, ADMINISTRATORS_ONLY))
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, PARTNER_NOT_FOUND));
    }

    /** What a caisse's action does with one of its stored conventions. */
    @FunctionalInterface
    interface CaisseWork<T> {
        Outcome<T> apply(Conventions.Stored stored, Actor.CaisseAdministrator actor, Instant now);
    }

    /**
     * The frame of a caisse's action on a convention: only a caisse administrator, one transaction committed only
     * when done, and a convention of another caisse is "not found" (the administrator learns nothing about it).
     */
    <T> Outcome<T> asCaisse(Principal principal, ConventionId id, CaisseWork<T> work) {
        return Frame.onFound(Guards.caisseAdministrator(principal, CAISSE_ONLY), support.transactions(),
                caisse -> ports.conventions().find(id)
                        .filter(stored -> stored.convention().caisse().code().equals(caisse)),
                () -> Outcome.refused(Reason.NOT_FOUND, NOT_FOUND),
                (caisse, stored) -> work.apply(stored, new Actor.CaisseAdministrator(caisse), support.now()));
    }

    /** A code the partner already holds is a mistake in the form's code field; other refusals are the domain's no. */
    static <T> Outcome<T> fieldOrRefusal(Refusal refusal) {
        return ALREADY_HELD.equals(refusal.code())
                ? new Outcome.Invalid<>(Map.of("codeConvention", List.of(refusal.message())))
                : refusal(refusal);
    }

    static <T> Outcome<T> refusal(Refusal refusal) {
        return Outcome.refused(MODIFICATION_BY_CAISSE.equals(refusal.code()) ? Reason.FORBIDDEN : Reason.UNPROCESSABLE,
                refusal);
    }

    /** The audit event of an action on a convention, by the caller, in a scope (a caisse's code or a partner's). */
    static AuditEvent event(Instant now, Principal principal, String action, String scope, ConventionId id,
            String sourceAddress) {
        return AuditEvent.of(now, principal.user().value().toString(), action)
                .withScope(scope)
                .withTarget("convention:" + id.value())
                .withSourceAddress(sourceAddress);
    }

    static String partnerScope(Principal.PartnerUser user) {
        return "partner:" + user.partnerId().value();
    }
}
