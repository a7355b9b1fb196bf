package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;

/** The audit events of the AFAS use cases: who, when, from where, in which scope (a partner's, a CAF's). */
final class AfasAudit {

    private AfasAudit() {
    }

    static AuditEvent event(Principal principal, Instant now, AuditAction action, String sourceAddress,
            String scope) {
        return AuditEvent.of(now, principal.user().value().toString(), action)
                .withScope(scope)
                .withSourceAddress(sourceAddress);
    }

    /** The scope of the partner's changes to their convention. */
    static String scope(AfasConvention convention) {
        return "partner:" + convention.partner().value();
    }

    /** The scope of a CAF's changes. */
    static String cafScope(CaisseCode caf) {
        return "caisse:" + caf.value();
    }

    static String target(AfasConventionId id) {
        return "afas-convention:" + id.value();
    }

    static String userTarget(UserId user) {
        return "user:" + user.value();
    }
}
