package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.partner.PartnerAdministration.refusedBy;
import static fr.portailpartenaires.application.partner.PartnerAdministration.scope;
import static fr.portailpartenaires.application.partner.PartnerAdministration.then;
import static fr.portailpartenaires.application.partner.PartnerAdministration.userEvent;
import static fr.portailpartenaires.application.partner.PartnerAdministration.view;

import fr.portailpartenaires.application.shared.RandomUuids;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.EmailTakenException;
import fr.portailpartenaires.application.shared.LoginTakenException;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerRefusal;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.partner.UserChanges;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partner's users, managed by its administrators (spec §3.2): created with a mailed temporary password,
 * modified (never the login), granted or revoked the administrator right, deleted, reminded of their login. The
 * frame — one transaction, the caller an administrator at that moment, the partner's optimistic version, the audit
 * — is {@link PartnerAdministration}'s.
 */
public final class ManagePartnerUsersService extends UseCaseBase<PartnerPorts> implements ManagePartnerUsers {

    static final String LOGIN_IMMUTABLE = "L'identifiant ne peut pas être modifié.";
    static final String EMAIL_TAKEN =
            "Cette adresse e-mail est déjà utilisée par un autre utilisateur : choisissez-en une autre.";

    private final TemporaryPasswords passwords;

    /** @param support its randomness draws the new users' ids */
    public ManagePartnerUsersService(UseCaseSupport support, PartnerPorts ports, TemporaryPasswords passwords) {
        super(support, ports);
        this.passwords = passwords;
    }

    @Override
    public Outcome<List<UserView>> list(Principal principal) {
        return ports.administration().asAdministrator(principal, (administrator, partner, now) -> Outcome.done(
                partner.users().stream()
                        .sorted(Comparator.comparing((PartnerUser user) -> user.login().key()))
                        .map(PartnerAdministration::view)
                        .toList()));
    }

    @Override
    public Outcome<UserView> create(Principal principal, NewUserForm form, String sourceAddress) {
        try {
            return ports.administration().asAdministrator(principal, (administrator, partner, now) ->
                    support.validate(form).flatMap(errors -> {
                        Optional<LastName> lastName = errors.parse("nom", form.nom(), LastName::parse);
                        Optional<FirstName> firstName = errors.parse("prenom", form.prenom(), FirstName::parse);
                        Optional<Login> login = errors.parse("login", form.login(), Login::parse);
                        if (login.isPresent() && !loginIsFree(login.get())) {
                            errors.add("login", Refusals.LOGIN_TAKEN);
                        }
                        Optional<Optional<PhoneNumber>> phone = errors.parseOptional("telephone", form.telephone(),
                                PhoneNumber::parse);
                        Optional<EmailAddress> email = errors.parse("email", form.email(), EmailAddress::parse);
                        if (!errors.isEmpty()) {
                            return errors.toOutcome();
                        }
                        PartnerUser newUser = new PartnerUser(newUserId(), login.orElseThrow(), lastName.orElseThrow(),
                                firstName.orElseThrow(), phone.orElseThrow(), email.orElseThrow(), form.administrateur());
                        return then(partner.createUser(administrator.user(), newUser),
                                changed -> created(administrator, partner, changed, newUser, now, sourceAddress));
                    }));
        } catch (LoginTakenException e) {
            // another account took the login after it was checked free: the transaction was rolled back
            return new Outcome.Invalid<>(Map.of("login", List.of(Refusals.LOGIN_TAKEN.message())));
        }
    }

    private Outcome<UserView> created(Principal.PartnerUser administrator, Partner partner, Partner changed,
            PartnerUser newUser, Instant now, String sourceAddress) {
        var temporary = passwords.draw(newUser.login().value());
        return ports.administration().stored(changed, () -> {
            PartnerUser user = changed.user(newUser.id()).orElseThrow();
            ports.accounts().openPartnerUser(partner.id(), user);
            passwords.issue(newUser.id(), temporary, newUser.email().value(), new MailParameters.CreationCompte(
                    partner.name().value(), Optional.empty(), temporary.value(), temporary.validity()), now);
            ports.administration().audit(userEvent(administrator, now, AuditAction.USER_CREATED, sourceAddress, user)
                    .withDetail("administrateur", String.valueOf(newUser.administrator())));
            ports.administration().audit(TemporaryPasswords.issuedEvent(now, newUser.id()).withScope(scope(partner)));
            return Outcome.done(view(user));
        });
    }

    @Override
    public Outcome<UserView> modify(Principal principal, UserId userId, UserForm form, String sourceAddress) {
        return modify(principal, userId, form, Optional.empty(), sourceAddress);
    }

    @Override
    public Outcome<UserView> modify(Principal principal, UserId userId, UserForm form, boolean administrateur,
            String sourceAddress) {
        return modify(principal, userId, form, Optional.of(administrateur), sourceAddress);
    }

    /**
     * The data, then the right when asked, on the same partner; stored once, or nothing when either is refused: the
     * partner with the right, then the identity's changed parts on the account. An address another account has
     * reserved (a CAF user's, unique in the portal, spec §6.3) is refused before anything is written.
     */
    private Outcome<UserView> modify(Principal principal, UserId userId, UserForm form, Optional<Boolean> administrateur,
            String sourceAddress) {
        try {
            return modifyOnce(principal, userId, form, administrateur, sourceAddress);
        } catch (EmailTakenException e) {
            // the account's reserved address follows its new one, which another account has: all rolled back
            return new Outcome.Invalid<>(Map.of("email", List.of(EMAIL_TAKEN)));
        }
    }

    private Outcome<UserView> modifyOnce(Principal principal, UserId userId, UserForm form,
            Optional<Boolean> administrateur, String sourceAddress) {
        return ports.administration().asAdministrator(principal, (administrator, partner, now) -> {
            Optional<PartnerUser> target = partner.user(userId);
            if (target.isEmpty()) {
                return refusedBy(PartnerRefusal.USER_NOT_FOUND.refusal());
            }
            PartnerUser before = target.get();
            return support.validate(form).flatMap(errors -> {
                if (form.login() != null && !form.login().isBlank() && !errors.has("login")
                        && !form.login().strip().equals(before.login().value())) {
                    errors.add("login", LOGIN_IMMUTABLE);
                }
                Optional<LastName> lastName = errors.parse("nom", form.nom(), LastName::parse);
                Optional<FirstName> firstName = errors.parse("prenom", form.prenom(), FirstName::parse);
                Optional<Optional<PhoneNumber>> phone = errors.parseOptional("telephone", form.telephone(),
                        PhoneNumber::parse);
                Optional<EmailAddress> email = errors.parse("email", form.email(), EmailAddress::parse);
                if (email.filter(address -> !address.normalized().equals(before.email().normalized()))
                        .filter(ports.accounts()::emailTaken).isPresent()) {
                    errors.add("email", EMAIL_TAKEN);
                }
                if (!errors.isEmpty()) {
                    return errors.toOutcome();
                }
                UserChanges userChanges = new UserChanges(lastName.orElseThrow(), firstName.orElseThrow(),
                        phone.orElseThrow(), email.orElseThrow());
                return then(partner.modifyUser(administrator.user(), userId, userChanges), modified ->
                        then(withRight(modified, administrator, userId, administrateur), changed -> {
                            PartnerUser after = changed.user(userId).orElseThrow();
                            AuditedChanges changes = new AuditedChanges()
                                    .field("nom", before.lastName().value(), after.lastName().value())
                                    .field("prenom", before.firstName().value(), after.firstName().value())
                                    .field("telephone", phone(before), phone(after))
                                    .field("email", before.email().value(), after.email().value());
                            boolean sameRight = before.administrator() == after.administrator();
                            if (changes.isEmpty() && sameRight) {
                                return Outcome.done(view(after));
                            }
                            return ports.administration().stored(changed, () -> {
                                identityChanged(before, after);
                                changes.events(userEvent(administrator, now, AuditAction.USER_UPDATED, sourceAddress,
                                        after)).forEach(ports.administration()::audit);
                                return sameRight ? Outcome.done(view(after))
                                        : rightNotified(administrator, after, now, sourceAddress);
                            });
                        }));
            });
        });
    }

    /** The user's identity, their account's (ADR 26): each changed part written there once the partner is saved. */
    private void identityChanged(PartnerUser before, PartnerUser after) {
        if (!before.lastName().equals(after.lastName()) || !before.firstName().equals(after.firstName())
                || !before.phone().equals(after.phone())) {
            ports.accounts().setNamesAndPhone(after.id(), after.lastName(), after.firstName(), after.phone());
        }
        if (!before.email().equals(after.email())) {
            ports.accounts().setEmail(after.id(), after.email());
        }
    }

    private static Result<Partner> withRight(Partner partner,
            Principal.PartnerUser administrator, UserId userId, Optional<Boolean> administrateur) {
        if (administrateur.isEmpty()) {
            return Result.ok(partner);
        }
        return administrateur.get() ? partner.grantAdministration(administrator.user(), userId)
                : partner.revokeAdministration(administrator.user(), userId);
    }

    @Override
    public Outcome<UserView> grantAdministration(Principal principal, UserId userId, String sourceAddress) {
        return ports.administration().asAdministrator(principal, (administrator, partner, now) ->
                then(partner.grantAdministration(administrator.user(), userId),
                        changed -> rightChanged(administrator, partner, changed, userId, now, sourceAddress)));
    }

    @Override
    public Outcome<UserView> revokeAdministration(Principal principal, UserId userId, String sourceAddress) {
        return ports.administration().asAdministrator(principal, (administrator, partner, now) ->
                then(partner.revokeAdministration(administrator.user(), userId),
                        changed -> rightChanged(administrator, partner, changed, userId, now, sourceAddress)));
    }

    /** Saves a granted or revoked right, notifies the user by mail and audits it; a right already so changes nothing. */
    private Outcome<UserView> rightChanged(Principal.PartnerUser administrator, Partner partner, Partner changed,
            UserId userId, Instant now, String sourceAddress) {
        PartnerUser before = partner.user(userId).orElseThrow();
        PartnerUser after = changed.user(userId).orElseThrow();
        if (before.administrator() == after.administrator()) {
            return Outcome.done(view(after));
        }
        return ports.administration().stored(changed, () -> rightNotified(administrator, after, now, sourceAddress));
    }

    /** Mails the user their right's change and audits it (once the partner is stored). */
    private Outcome<UserView> rightNotified(Principal.PartnerUser administrator, PartnerUser after, Instant now,
            String sourceAddress) {
        support.mail(after.email().value(), new MailParameters.NotificationSecurite(after.login().value(), after.administrator()
                        ? MailParameters.SecurityChange.DROITS_ADMINISTRATEUR_ACCORDES
                        : MailParameters.SecurityChange.DROITS_ADMINISTRATEUR_RETIRES, now), now);
        ports.administration().audit(userEvent(administrator, now,
                after.administrator() ? AuditAction.ADMIN_RIGHT_GRANTED : AuditAction.ADMIN_RIGHT_REVOKED,
                sourceAddress, after));
        return Outcome.done(view(after));
    }

    @Override
    public Outcome<Deleted> delete(Principal principal, UserId userId, String sourceAddress) {
        return ports.administration().asAdministrator(principal, (administrator, partner, now) ->
                then(partner.deleteUser(administrator.user(), userId), changed -> {
                    PartnerUser gone = partner.user(userId).orElseThrow();
                    return ports.administration().stored(changed, () -> {
                        ports.accounts().removePartnerUser(userId);
                        ports.sessions().closeAllFor(SubjectKind.PARTNER_USER, userId.value().toString());
                        ports.administration().audit(userEvent(administrator, now, AuditAction.USER_DELETED,
                                sourceAddress, gone));
                        return Outcome.done(new Deleted(userId.value(), gone.login().value()));
                    });
                }));
    }

    @Override
    public Outcome<UserView> resendLogin(Principal principal, UserId userId, String sourceAddress) {
        return ports.administration().asAdministrator(principal, (administrator, partner, now) -> {
            Optional<PartnerUser> found = partner.user(userId);
            if (found.isEmpty()) {
                return refusedBy(PartnerRefusal.USER_NOT_FOUND.refusal());
            }
            PartnerUser user = found.get();
            support.mail(user.email().value(), new MailParameters.RenvoiIdentifiant(
                    user.login().value(), partner.name().value()), now);
            ports.administration().audit(userEvent(administrator, now, AuditAction.LOGIN_REMINDER_SENT, sourceAddress,
                    user));
            return Outcome.done(view(user));
        });
    }

    /** A login is free when no account has it and no pending registration asks for it (case-insensitively). */
    private boolean loginIsFree(Login login) {
        return !ports.accounts().loginTaken(login.key())
                && !ports.registrations().loginRequestedByAPendingRegistration(login.key());
    }

    /** A random (version 4) id drawn from the service's generator. */
    private UserId newUserId() {
        return new UserId(RandomUuids.next(support.random()));
    }

    private static String phone(PartnerUser user) {
        return user.phone().map(PhoneNumber::value).orElse(null);
    }
}
