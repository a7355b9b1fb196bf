package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.Session;
import fr.portailpartenaires.application.account.Authenticate.LoggedIn;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Acceptance of the usage rules on the CAF profile (spec §2.2): the version in force is recorded for
 * the account, the flag is lifted from all its sessions and the caller's session gets a new id. It is
 * allowed while a temporary password still has to be changed: the two obligations may be met in either order.
 */
public final class UsageRulesService extends UseCaseBase<AccountPorts> implements AcceptUsageRules {

    static final Refusal NOTHING_TO_ACCEPT = Refusal.of("regles.aucune");
    static final Refusal SESSION_EXPIRED = Refusal.of("session.expiree");

    private final Optional<String> usageRules;

    public UsageRulesService(UseCaseSupport support, AccountPorts ports) {
        super(support, ports);
        this.usageRules = ports.settings().usageRulesVersion();
    }

    @Override
    public Optional<String> versionInForce() {
        return usageRules;
    }

    @Override
    public Outcome<LoggedIn> accept(Principal principal, String version, String sourceAddress) {
        if (usageRules.isEmpty()) {
            return Outcome.refused(Reason.UNPROCESSABLE, NOTHING_TO_ACCEPT);
        }
        String inForce = usageRules.get();
        if (version == null || version.isBlank()) {
            return new Outcome.Invalid<>(Map.of("version",
                    List.of("La version des règles d'utilisation acceptée est obligatoire.")));
        }
        if (!inForce.equals(version.strip())) {
            return new Outcome.Invalid<>(Map.of("version",
                    List.of("Les règles d'utilisation ont changé : relisez-les et acceptez la version en vigueur.")));
        }
        Optional<Accounts.Credentials> account = ports.accounts().find(principal.user());
        if (account.isEmpty()) {
            return Outcome.refused(Reason.UNAUTHENTICATED, SESSION_EXPIRED);
        }
        Accounts.Credentials credentials = account.get();
        Instant now = support.now();
        return support.inTransaction(() -> {
            Optional<Session> rotated = ports.sessions().rotate(principal.sessionId(), now);
            if (rotated.isEmpty()) {
                return Outcome.refused(Reason.UNAUTHENTICATED, SESSION_EXPIRED);
            }
            if (!ports.acceptances().hasAccepted(credentials.id(), inForce)) {
                ports.acceptances().record(new UsageRulesAcceptances.Acceptance(credentials.id(), inForce, now));
            }
            ports.sessions().updateMustAcceptRules(AuthenticationService.subjectKind(credentials.kind()),
                    credentials.id().value().toString(), false);
            support.audit(AuditEvent.of(now, credentials.id().value().toString(), AuditAction.USAGE_RULES_ACCEPTED)
                    .withSourceAddress(sourceAddress)
                    .withDetail("version", inForce));
            Session session = rotated.get();
            return Outcome.done(new LoggedIn(session.id(), session.state().csrfToken(), credentials.login().value(),
                    AuthenticationService.kind(credentials.kind()), session.state().mustChangePassword(), Optional.empty(), Optional.empty()));
        });
    }
}
