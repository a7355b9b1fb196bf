package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.partner.ManagePartnerUsers.UserView;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.Frame;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerRefusal;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The common frame of the partner's administration by its own administrators (spec §3.1, §3.2).
 *
 * <p>Each call is one transaction that reads the partner afresh, so a right granted or revoked counts from the next
 * call of any session; the caller must be an administrator of that partner at that moment, and the partner's rules
 * are the domain's ({@link Partner}). The change is saved only if the partner was not changed meanwhile (optimistic
 * version): of two administrators revoking each other at the same moment, one wins and the other is told to reload,
 * so the partner never loses its last administrator. Every change is audited and its mails go through the outbox,
 * in the same transaction; whatever is not done changed nothing. Built once where the feature is wired
 * ({@link PartnerPorts#administration()}).
 */
public final class PartnerAdministration extends UseCaseBase<Partners> {

    static final Refusal PARTNER_ADMINISTRATORS_ONLY = Refusal.of("partenaire.reserve_administrateurs");
    static final Refusal MODIFIED_MEANWHILE = Refusal.of("partenaire.modifie_entre_temps");

    public PartnerAdministration(UseCaseSupport support, Partners partners) {
        super(support, partners);
    }

    /** What an administrator's call does with the partner as read in its transaction. */
    @FunctionalInterface
    interface AdministratorWork<T> {
        Outcome<T> apply(Principal.PartnerUser administrator, Partner partner, Instant now);
    }

    /**
     * One transaction, committed only when done, in which the partner is read and the caller must be one of its
     * administrators at that moment; a caisse administrator, or a user with an obligation pending, is refused.
     */
    <T> Outcome<T> asAdministrator(Principal principal, AdministratorWork<T> work) {
        return Frame.onFound(Guards.partnerUser(principal, PARTNER_ADMINISTRATORS_ONLY), support.transactions(),
                caller -> ports.find(caller.partnerId()).filter(partner -> partner.isAdministrator(caller.user())),
                () -> refusedBy(PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal()),
                (caller, partner) -> work.apply(caller, partner, support.now()));
    }

    /** The domain's answer: its refusal as an outcome, or what to do with the changed partner. */
    static <T> Outcome<T> then(Result<Partner> result, Function<Partner, Outcome<T>> onChanged) {
        return switch (result) {
            case Result.Refused<Partner> refused -> refusedBy(refused.refusal());
            case Result.Ok<Partner> ok -> onChanged.apply(ok.value());
        };
    }

    /** Stores the changed partner, then goes on; refused when another call changed it meanwhile. */
    <T> Outcome<T> stored(Partner changed, Supplier<Outcome<T>> next) {
        return ports.update(changed) ? next.get() : Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
    }

    /**
     * Stores the changed partner and audits its changes, then answers; when no field changed, nothing is stored nor
     * audited.
     */
    <T> Outcome<T> saved(Partner changed, AuditedChanges changes, AuditEvent event, Supplier<T> answer) {
        if (changes.isEmpty()) {
            return Outcome.done(answer.get());
        }
        return stored(changed, () -> {
            changes.events(event).forEach(support::audit);
            return Outcome.done(answer.get());
        });
    }

    void audit(AuditEvent event) {
        support.audit(event);
    }

    static <T> Outcome<T> refusedBy(Refusal refusal) {
        Optional<PartnerRefusal> known = Arrays.stream(PartnerRefusal.values())
                .filter(candidate -> candidate.refusal().equals(refusal))
                .findFirst();
        if (known.isEmpty()) {
            return Outcome.refused(Reason.UNPROCESSABLE, refusal);
        }
        Reason reason = switch (known.get()) {
            case ADMINISTRATOR_REQUIRED -> Reason.FORBIDDEN;
            case USER_NOT_FOUND -> Reason.NOT_FOUND;
            case LOGIN_ALREADY_USED -> Reason.CONFLICT;
            case SELF_REVOCATION, SELF_DELETION, LAST_ADMINISTRATOR, ADMINISTRATOR_DELETION -> Reason.UNPROCESSABLE;
        };
        return Outcome.refused(reason, refusal);
    }

    static AuditEvent event(Principal.PartnerUser administrator, Instant now, AuditAction action,
            String sourceAddress) {
        return AuditEvent.of(now, administrator.user().value().toString(), action)
                .withScope("partner:" + administrator.partnerId().value())
                .withSourceAddress(sourceAddress);
    }

    /** The event about one user of the partner, naming their login. */
    static AuditEvent userEvent(Principal.PartnerUser administrator, Instant now, AuditAction action,
            String sourceAddress, PartnerUser user) {
        return event(administrator, now, action, sourceAddress)
                .withTarget(target(user.id()))
                .withDetail("login", AuditedChanges.safe(user.login().value()));
    }

    static String scope(Partner partner) {
        return "partner:" + partner.id().value();
    }

    static String target(UserId user) {
        return "user:" + user.value();
    }

    static UserView view(PartnerUser user) {
        return new UserView(user.id().value(), user.login().value(), user.lastName().value(), user.firstName().value(),
                user.phone().map(PhoneNumber::display).orElse(null), user.email().value(), user.administrator());
    }
}
