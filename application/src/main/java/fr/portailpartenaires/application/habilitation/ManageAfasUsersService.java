package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.habilitation.AfasConventionAccess.refusedBy;
import static fr.portailpartenaires.application.habilitation.AfasConventionAccess.then;
import static fr.portailpartenaires.application.habilitation.AfasForms.contains;

import fr.portailpartenaires.application.habilitation.AfasForms.UserInput;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.GroupCode;
import fr.portailpartenaires.domain.habilitation.HabilitationRefusal;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerRefusal;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.partner.UserChanges;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The users of an AFAS convention ({@link ManageAfasUsers}). A user's identifier is drawn from the convention's
 * counter in the call's transaction, so two concurrent creations never get the same one, and a creation not done
 * issues none. A user is a person with one identity, their account (ADR 26): creating or modifying one is explicit
 * steps in the call's one transaction — the partner's user (names, phone, address), the convention (what only AFAS
 * knows, under its version), then the account's reserved address and closing date ({@link AfasAccounts}) — and
 * nothing is kept when one of them is refused.
 */
public final class ManageAfasUsersService extends UseCaseBase<HabilitationPorts>
        implements ManageAfasUsers {

    /** @param support its randomness draws the ids */
    public ManageAfasUsersService(UseCaseSupport support, HabilitationPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<List<UserView>> users(Principal principal, AfasConventionId id, UserFilter filter) {
        UserFilter criteria = filter == null ? UserFilter.NONE : filter;
        return ports.access().onConvention(principal, id, (caller, convention, now) -> Outcome.done(convention.users()
                .stream()
                .sorted(Comparator.comparing((AfasUser user) -> user.identifier().key()).reversed())
                .map(user -> AfasViews.userView(convention, user, BusinessTime.dateOf(now)))
                .filter(user -> contains(user.identifiant(), criteria.identifiant())
                        && contains(user.nom(), criteria.nom())
                        && contains(user.prenom(), criteria.prenom())
                        && (criteria.groupe() == null || criteria.groupe().isBlank()
                                || GroupCode.parse(criteria.groupe())
                                        .filter(group -> user.groupes().contains(group.code())).isPresent()))
                .toList()));
    }

    @Override
    public Outcome<UserDetail> user(Principal principal, AfasConventionId id, UserId userId) {
        return ports.access().onConvention(principal, id, (caller, convention, now) -> convention.user(userId)
                .<Outcome<UserDetail>>map(user -> Outcome.done(AfasViews.detail(convention, user,
                        BusinessTime.dateOf(now))))
                .orElseGet(() -> refusedBy(HabilitationRefusal.USER_NOT_FOUND.refusal())));
    }

    @Override
    public Outcome<UserView> createUser(Principal principal, AfasConventionId id, NewUserForm form,
            String sourceAddress) {
        return asAdministrator(principal, id, (caller, convention, partner, now) -> support.validate(form)
                .flatMap(errors -> {
                    LocalDate today = BusinessTime.dateOf(now);
                    Optional<UserInput> input = AfasForms.userInput(errors, "", form, today);
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    if (ports.identities().emailTaken(input.orElseThrow().email())) {
                        return refusedBy(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
                    }
                    Result<Login> identifier = convention.prefix()
                            .identifier(ports.conventions().nextSequence(convention.id()));
                    if (identifier instanceof Result.Refused<Login> refused) {
                        return refusedBy(refused.refusal());
                    }
                    Login login = identifier.orElseThrow();
                    if (ports.identities().taken(login)) {
                        return Outcome.refused(Reason.CONFLICT, PartnerRefusal.LOGIN_ALREADY_USED.refusal());
                    }
                    AfasUser user = input.get().user(new UserId(AfasForms.newId(support.random())), login);
                    Result<Partner> withUser = partner.createUser(caller.user(), new PartnerUser(user.id(), login,
                            user.lastName(), user.firstName(), user.phone(), user.email(), false));
                    return then(convention.addUser(user, today),
                            changed -> ports.access().partnerSaved(withUser, () -> {
                                ports.identities().open(withUser.orElseThrow(), user);
                                return ports.access().saved(changed, () -> {
                                    ports.identities().issue(caller, partner.name().value(), user, now, sourceAddress,
                                            AfasAudit.scope(convention));
                                    return AfasViews.userView(changed, user, today);
                                });
                            }));
                }));
    }

    @Override
    public Outcome<UserView> modifyUser(Principal principal, AfasConventionId id, UserId userId, NewUserForm form,
            String sourceAddress) {
        return onUser(principal, id, userId, form,
                (errors, existing, today) -> AfasForms.userInput(errors, "", form, existing.period().start()),
                change -> {
                    AfasUser existing = change.existing();
                    AfasUser changes = change.values().user(userId, existing.identifier());
                    if (!changes.email().normalized().equals(existing.email().normalized())
                            && ports.identities().emailTaken(changes.email())) {
                        return refusedBy(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
                    }
                    return then(change.convention().modifyUser(changes, change.today()), changed -> ports.access()
                            .partnerSaved(change.partner().modifyUser(change.caller().user(), userId,
                                    new UserChanges(changes.lastName(), changes.firstName(), changes.phone(),
                                            changes.email())),
                            () -> ports.access().saved(changed, () -> {
                                AfasUser stored = changed.user(userId).orElseThrow();
                                ports.identities().changed(existing, stored);
                                changesOf(existing, stored).events(AfasAudit.event(change.caller(), change.now(),
                                        AuditAction.USER_UPDATED, sourceAddress, AfasAudit.scope(change.convention()))
                                        .withTarget(AfasAudit.userTarget(userId))).forEach(support::audit);
                                endSessionsIfClosed(userId, stored.period().end(), change.today());
                                return AfasViews.userView(changed, stored, change.today());
                            })));
                });
    }

    private static AuditedChanges changesOf(AfasUser existing, AfasUser stored) {
        return new AuditedChanges()
                .field("nom", existing.lastName().value(), stored.lastName().value())
                .field("prenom", existing.firstName().value(), stored.firstName().value())
                .field("email", existing.email().value(), stored.email().value())
                .field("telephone", existing.phone().map(PhoneNumber::display).orElse(null),
                        stored.phone().map(PhoneNumber::display).orElse(null))
                .field("poste", existing.workStyle().name(), stored.workStyle().name())
                .field("dateOuverture", existing.period().start().toString(), stored.period().start().toString())
                .field("dateCloture", existing.period().end().map(LocalDate::toString).orElse(null),
                        stored.period().end().map(LocalDate::toString).orElse(null));
    }

    @Override
    public Outcome<UserView> closeUser(Principal principal, AfasConventionId id, UserId userId, UserClosingForm form,
            String sourceAddress) {
        return onUser(principal, id, userId, form,
                (errors, existing, today) -> closingDate(errors, form.dateCloture(), today),
                change -> {
                    LocalDate closing = change.values();
                    return then(change.convention().closeUser(userId, closing, change.today()),
                            changed -> ports.access().saved(changed, () -> {
                                ports.identities().changed(change.existing(), changed.user(userId).orElseThrow());
                                support.audit(AfasAudit.event(change.caller(), change.now(), AuditAction.USER_DELETED,
                                        sourceAddress, AfasAudit.scope(change.convention()))
                                        .withTarget(AfasAudit.userTarget(userId))
                                        .withDetail("dateCloture", closing.toString()));
                                endSessionsIfClosed(userId, Optional.of(closing), change.today());
                                return AfasViews.userView(changed, changed.user(userId).orElseThrow(), change.today());
                            }));
                });
    }

    /** The closing date typed, refused when before today. */
    private static Optional<LocalDate> closingDate(FormErrors errors, LocalDate typed, LocalDate today) {
        Optional<LocalDate> closing = AfasForms.date(errors, "dateCloture", typed, null);
        if (closing.isPresent() && closing.get().isBefore(today)) {
            errors.add("dateCloture", "La date de clôture ne peut pas être antérieure à aujourd'hui.");
            return Optional.empty();
        }
        return closing;
    }

    /** A user closed from today on is logged out at once (the login check refuses them from then on). */
    private void endSessionsIfClosed(UserId userId, Optional<LocalDate> closing, LocalDate today) {
        if (closing.filter(date -> !date.isAfter(today)).isPresent()) {
            ports.sessions().closeAllFor(SubjectKind.PARTNER_USER, userId.value().toString());
        }
    }

    @FunctionalInterface
    private interface AdministratorWork<T> {
        Outcome<T> apply(Principal caller, AfasConvention convention, Partner partner, Instant now);
    }

    /** What a user change reads from its form, once validated, knowing the user and today. */
    @FunctionalInterface
    private interface UserValues<V> {
        Optional<V> read(FormErrors errors, AfasUser existing, LocalDate today);
    }

    /** A user change whose form is checked and read: who asks, where, when, on which user, and the form's values. */
    private record UserChange<V>(Principal caller, AfasConvention convention, Partner partner, AfasUser existing,
            Instant now, LocalDate today, V values) {
    }

    /** A convention of the caller's partner, for one of the partner's administrators. */
    private <T> Outcome<T> asAdministrator(Principal principal, AfasConventionId id, AdministratorWork<T> work) {
        return ports.access().onConvention(principal, id, (caller, convention, now) -> ports.access()
                .administeredBy(convention, caller.user())
                .map(partner -> work.apply(caller, convention, partner, now))
                .orElseGet(() -> Outcome.refused(Reason.FORBIDDEN, PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal())));
    }

    /**
     * A user of a convention of the caller's partner changed by one of its administrators (an unknown user is not
     * found): the form validated and read, every error reported at once, then the change made.
     */
    private <V, T> Outcome<T> onUser(Principal principal, AfasConventionId id, UserId userId, Object form,
            UserValues<V> values, Function<UserChange<V>, Outcome<T>> change) {
        return asAdministrator(principal, id, (caller, convention, partner, now) -> convention.user(userId)
                .map(existing -> support.validate(form).flatMap(errors -> {
                    LocalDate today = BusinessTime.dateOf(now);
                    Optional<V> read = values.read(errors, existing, today);
                    if (!errors.isEmpty()) {
                        return errors.<T>toOutcome();
                    }
                    return change.apply(new UserChange<>(caller, convention, partner, existing, now, today,
                            read.orElseThrow()));
                }))
                .orElseGet(() -> refusedBy(HabilitationRefusal.USER_NOT_FOUND.refusal())));
    }
}
