package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.EmailTakenException;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.LoginTakenException;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Principal.CafAdministrator;
import fr.portailpartenaires.application.shared.Principal.PartnerUser;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.HabilitationRefusal;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerRefusal;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The common frame of the AFAS use cases (spec §6).
 *
 * <p>Each call is one transaction that reads the convention afresh; the rules are the domain's
 * ({@link AfasConvention}); the change is saved only if the convention was not changed meanwhile (optimistic
 * version). Whatever is not done is rolled back, an identifier drawn included: any outcome but {@code Done} leaves
 * nothing changed. A CAF administrator sees the conventions of their CAF only, a partner user those of their partner
 * only: any other is not found. Built once where the feature is wired ({@link HabilitationPorts#access()}), on the
 * support its services share.
 */
public final class AfasConventionAccess extends UseCaseBase<AfasConventions> {

    static final Refusal CAF_ONLY = Refusal.of("afas.reserve_caf");
    static final Refusal PARTNER_USERS_ONLY = Refusal.of("afas.reserve_partenaires");
    static final Refusal CONVENTION_NOT_FOUND = Refusal.of("afas.convention_introuvable");
    static final Refusal MODIFIED_MEANWHILE = Refusal.of("afas.modifiee_entre_temps");

    private final Partners partners;

    public AfasConventionAccess(UseCaseSupport support, AfasConventions conventions, Partners partners) {
        super(support, conventions);
        this.partners = partners;
    }

    @FunctionalInterface
    interface CafWork<T> {
        Outcome<T> apply(CafAdministrator caf, Instant now);
    }

    @FunctionalInterface
    interface PartnerWork<T> {
        Outcome<T> apply(PartnerUser user, Instant now);
    }

    @FunctionalInterface
    interface ConventionWork<T> {
        Outcome<T> apply(Principal caller, AfasConvention convention, Instant now);
    }

    /** One transaction, committed only when done, for an administrator of a CAF. */
    <T> Outcome<T> asCaf(Principal principal, CafWork<T> work) {
        return Guards.cafAdministrator(principal, CAF_ONLY)
                .flatMap(caf -> commitIfDone(() -> work.apply(caf, support.now())));
    }

    /** A convention of the administrator's CAF, read in the call's transaction; another CAF's is not found. */
    <T> Outcome<T> onCafConvention(Principal principal, AfasConventionId id, ConventionWork<T> work) {
        return asCaf(principal, (caf, now) -> ports.find(id)
                .filter(convention -> convention.caf().equals(caf.caf()))
                .map(convention -> work.apply(caf, convention, now))
                .orElseGet(AfasConventionAccess::conventionNotFound));
    }

    /** One transaction, committed only when done, for a user of a partner. */
    <T> Outcome<T> asPartnerUser(Principal principal, PartnerWork<T> work) {
        return Guards.partnerUser(principal, PARTNER_USERS_ONLY)
                .flatMap(user -> commitIfDone(() -> work.apply(user, support.now())));
    }

    /** A convention of the user's partner, read in the call's transaction; another partner's is not found. */
    <T> Outcome<T> onConvention(Principal principal, AfasConventionId id, ConventionWork<T> work) {
        return asPartnerUser(principal, (user, now) -> ports.find(id)
                .filter(convention -> convention.partner().equals(user.partnerId()))
                .map(convention -> work.apply(user, convention, now))
                .orElseGet(AfasConventionAccess::conventionNotFound));
    }

    /** The convention's partner, when the user is one of its administrators. */
    Optional<Partner> administeredBy(AfasConvention convention, UserId user) {
        return partners.find(convention.partner()).filter(partner -> partner.isAdministrator(user));
    }

    /** The name of the convention's partner (its libellé if the partner is gone). */
    String partnerName(AfasConvention convention) {
        return partners.find(convention.partner()).map(partner -> partner.name().value()).orElse(convention.libelle());
    }

    /** Stores the changed convention under its version, then answers; a concurrent change is a conflict. */
    <T> Outcome<T> saved(AfasConvention changed, Supplier<T> answer) {
        if (!ports.update(changed)) {
            return Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
        }
        return Outcome.done(answer.get());
    }

    /** Stores the partner the domain changed under its version, then goes on; a concurrent change is a conflict. */
    <T> Outcome<T> partnerSaved(Result<Partner> changed, Supplier<Outcome<T>> next) {
        if (changed instanceof Result.Refused<Partner> refused) {
            return refusedBy(refused.refusal());
        }
        if (!partners.update(changed.orElseThrow())) {
            return Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
        }
        return next.get();
    }

    /** The domain's answer: its refusal as an outcome, or what to do with the changed convention. */
    static <T> Outcome<T> then(Result<AfasConvention> result, Function<AfasConvention, Outcome<T>> onChanged) {
        return switch (result) {
            case Result.Refused<AfasConvention> refused -> refusedBy(refused.refusal());
            case Result.Ok<AfasConvention> ok -> onChanged.apply(ok.value());
        };
    }

    static <T> Outcome<T> refusedBy(Refusal refusal) {
        Optional<HabilitationRefusal> known = HabilitationRefusal.of(refusal);
        if (known.isEmpty()) {
            return Outcome.refused(refusal.equals(PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal())
                    ? Reason.FORBIDDEN : Reason.UNPROCESSABLE, refusal);
        }
        Reason reason = switch (known.get()) {
            case MANAGER_REQUIRED -> Reason.FORBIDDEN;
            case USER_NOT_FOUND, GRANT_NOT_FOUND, REQUEST_NOT_FOUND -> Reason.NOT_FOUND;
            case EMAIL_ALREADY_USED, ALREADY_MEMBER, GROUPS_ALREADY_CREATED, REQUEST_ALREADY_VALIDATED, GRANT_OVERLAPS ->
                    Reason.CONFLICT;
            case PLACE_SCOPE_ACTIVITY_PROVIDER_ONLY, EMPTY_ACTIVITY_SCOPE, EMPTY_PLACE_SCOPE, UNKNOWN_ACTIVITY,
                    UNKNOWN_PLACE, GROUPS_NOT_CREATED, NOT_MEMBER, LAST_MANAGER, DATES_IN_WRONG_ORDER,
                    CONVENTION_CLOSED, USER_CLOSED, GRANT_ALREADY_ENDED, IDENTIFIERS_EXHAUSTED, GRANT_BEFORE_CONVENTION ->
                    Reason.UNPROCESSABLE;
        };
        return Outcome.refused(reason, refusal);
    }

    static <T> Outcome<T> conventionNotFound() {
        return Outcome.refused(Reason.NOT_FOUND, CONVENTION_NOT_FOUND);
    }

    /** The use case's transaction; an address or identifier taken meanwhile by another transaction is refused. */
    private <T> Outcome<T> commitIfDone(Supplier<Outcome<T>> work) {
        try {
            return support.commitIfDone(work);
        } catch (EmailTakenException e) {
            return refusedBy(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
        } catch (LoginTakenException e) {
            return Outcome.refused(Reason.CONFLICT, PartnerRefusal.LOGIN_ALREADY_USED.refusal());
        }
    }
}
