package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.AddressForms;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.LoginTakenException;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.MailTemplates;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.PasswordHasher;
import fr.portailpartenaires.application.shared.LoginReservations;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.partner.NewUser;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerData;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerRefusal;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.partner.UserChanges;
import fr.portailpartenaires.domain.password.TemporaryPassword;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.RepetitionIndex;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The partner's administration by its own administrators (spec §3.1, §3.2): its data and address, its
 * users and their administrator rights.
 *
 * <p>Each call is one transaction that reads the partner afresh, so a right granted or revoked counts
 * from the next call of any session; the caller must be an administrator of that partner at that moment,
 * and the partner's rules are the domain's ({@link Partner}). The change is saved only if the partner was
 * not changed meanwhile (optimistic version): of two administrators revoking each other at the same
 * moment, one wins and the other is told to reload, so the partner never loses its last administrator.
 * Every change is audited (old and new values of modified fields) and its mails go through the outbox,
 * in the same transaction; whatever is not done changed nothing.
 */
public final class PartnerAdministrationService implements AdministerMyPartner, ManagePartnerUsers {

    static final Refusal PARTNER_ADMINISTRATORS_ONLY = Refusal.of("partenaire.reserve_administrateurs",
            "Cette fonction est réservée aux administrateurs d'un partenaire.");
    static final Refusal MODIFIED_MEANWHILE = Refusal.of("partenaire.modifie_entre_temps",
            "Le partenaire a été modifié entre-temps : rechargez la page.");
    static final String LOGIN_IMMUTABLE = "L'identifiant ne peut pas être modifié.";

    private final Validator validator;
    private final Partners partners;
    private final Accounts accounts;
    private final LoginReservations registrations;
    private final PasswordHasher hasher;
    private final LoginSessions sessions;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final AuditLog audit;
    private final Transactions transactions;
    private final PortalSettings settings;
    private final RandomGenerator random;
    private final Clock clock;

    /** @param random draws the new users' ids and temporary passwords: a {@link java.security.SecureRandom} in production */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public PartnerAdministrationService(Validator validator, Partners partners, Accounts accounts,
            LoginReservations registrations, PasswordHasher hasher, LoginSessions sessions, Outbox outbox,
            MailTemplates templates, AuditLog audit, Transactions transactions, PortalSettings settings,
            RandomGenerator random, Clock clock) {
        this.validator = validator;
        this.partners = partners;
        this.accounts = accounts;
        this.registrations = registrations;
        this.hasher = hasher;
        this.sessions = sessions;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.random = random;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- partner data and address (§3.1)

    @Override
    public Outcome<PartnerDetails> details(Principal principal) {
        return asAdministrator(principal, (partner, now) -> Outcome.done(details(partner)));
    }

    @Override
    public Outcome<PartnerDetails> modifyData(Principal principal, PartnerDataForm form, String sourceAddress) {
        return asAdministrator(principal, (partner, now) -> {
            if (form == null) {
                return emptyForm();
            }
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<PartnerName> name = errors.parse("nomPartenaire", form.nomPartenaire(), PartnerName::parse);
            Optional<Optional<Siret>> siret = errors.parseOptional("siret", form.siret(), Siret::parse);
            Optional<PhoneNumber> phone = errors.parse("telephone", form.telephone(), PhoneNumber::parse);
            Optional<Optional<EmailAddress>> email = errors.parseOptional("email", form.email(), EmailAddress::parse);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            PartnerData data = new PartnerData(name.orElseThrow(), siret.orElseThrow(), phone.orElseThrow(),
                    email.orElseThrow());
            return then(partner.modifyPartnerData(principal.user(), data), changed -> {
                AuditedChanges changes = new AuditedChanges()
                        .field("nom", partner.name().value(), changed.name().value())
                        .field("siret", siret(partner), siret(changed))
                        .field("telephone", partner.phone().value(), changed.phone().value())
                        .field("email", email(partner), email(changed));
                return saved(changed, changes, event(principal, now, AuditAction.PARTNER_UPDATED, sourceAddress)
                        .withTarget(scope(partner)), () -> details(changed));
            });
        });
    }

    @Override
    public Outcome<PartnerDetails> modifyAddress(Principal principal, AddressForm form,
            String sourceAddress) {
        return asAdministrator(principal, (partner, now) -> {
            if (form == null) {
                return emptyForm();
            }
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<PostalAddress> address = AddressForms.parse(form, partner.name().value(), "", errors);
            if (!errors.isEmpty() || address.isEmpty()) {
                return errors.toOutcome();
            }
            return then(partner.modifyAddress(principal.user(), address.get()), changed -> {
                AuditedChanges changes = new AuditedChanges();
                for (PostalAddress.Field field : PostalAddress.Field.values()) {
                    if (field != PostalAddress.Field.IDENTITE_DESTINATAIRE) {
                        changes.field(field.key(), valueOf(partner.address(), field), valueOf(changed.address(), field));
                    }
                }
                return saved(changed, changes, event(principal, now, AuditAction.PARTNER_ADDRESS_UPDATED,
                        sourceAddress).withTarget(scope(partner)), () -> details(changed));
            });
        });
    }

    // ---------------------------------------------------------------- users (§3.2)

    @Override
    public Outcome<List<UserView>> list(Principal principal) {
        return asAdministrator(principal, (partner, now) -> Outcome.done(partner.users().stream()
                .sorted(Comparator.comparing((PartnerUser user) -> user.login().key()))
                .map(PartnerAdministrationService::view)
                .toList()));
    }

    @Override
    public Outcome<UserView> create(Principal principal, NewUserForm form, String sourceAddress) {
        try {
            return createUser(principal, form, sourceAddress);
        } catch (LoginTakenException e) {
            // another account took the login after it was checked free: the transaction was rolled back
            return new Outcome.Invalid<>(java.util.Map.of("login", List.of(Refusals.LOGIN_TAKEN.message())));
        }
    }

    private Outcome<UserView> createUser(Principal principal, NewUserForm form, String sourceAddress) {
        return asAdministrator(principal, (partner, now) -> {
            if (form == null) {
                return emptyForm();
            }
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<LastName> lastName = errors.parse("nom", form.nom(), LastName::parse);
            Optional<FirstName> firstName = errors.parse("prenom", form.prenom(), FirstName::parse);
            Optional<Login> login = errors.parse("login", form.login(), Login::parse);
            if (login.isPresent() && !loginIsFree(login.get())) {
                errors.add("login", Refusals.LOGIN_TAKEN);
            }
            Optional<Optional<PhoneNumber>> phone = errors.parseOptional("telephone", form.telephone(), PhoneNumber::parse);
            Optional<EmailAddress> email = errors.parse("email", form.email(), EmailAddress::parse);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            NewUser newUser = new NewUser(newUserId(), login.orElseThrow(), lastName.orElseThrow(),
                    firstName.orElseThrow(), phone.orElseThrow(), email.orElseThrow(), form.administrateur());
            return then(partner.createUser(principal.user(), newUser), changed -> {
                var temporary = TemporaryPassword.generate(settings.passwordPolicy(), newUser.login().value(), random,
                        clock, settings.temporaryPasswordValidity());
                String hash = hasher.hash(temporary.value());
                if (!partners.update(changed)) {
                    return Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
                }
                accounts.setPassword(newUser.id(), hash, Optional.of(temporary.expiresAt()), true);
                outbox.enqueue(OutgoingMail.of(newUser.email().value(), templates.render(new MailParameters.CreationCompte(
                        partner.name().value(), Optional.empty(), temporary.value(),
                        settings.temporaryPasswordValidity())), now));
                audit.append(event(principal, now, AuditAction.USER_CREATED, sourceAddress)
                        .withTarget(target(newUser.id()))
                        .withDetail("login", AuditedChanges.safe(newUser.login().value()))
                        .withDetail("administrateur", String.valueOf(newUser.administrator())));
                audit.append(AuditEvent.of(now, AuditEvent.SYSTEM, AuditAction.TEMPORARY_PASSWORD_ISSUED)
                        .withScope(scope(partner))
                        .withTarget(target(newUser.id())));
                return Outcome.done(view(changed.user(newUser.id()).orElseThrow()));
            });
        });
    }

    @Override
    public Outcome<UserView> modify(Principal principal, UserId userId, UserForm form, String sourceAddress) {
        return asAdministrator(principal, (partner, now) -> {
            Optional<PartnerUser> target = partner.user(userId);
            if (target.isEmpty()) {
                return refusedBy(PartnerRefusal.USER_NOT_FOUND.refusal());
            }
            if (form == null) {
                return emptyForm();
            }
            FormErrors errors = FormErrors.of(validator.validate(form));
            if (form.login() != null && !form.login().isBlank() && !errors.has("login")
                    && !form.login().strip().equals(target.get().login().value())) {
                errors.add("login", LOGIN_IMMUTABLE);
            }
            Optional<LastName> lastName = errors.parse("nom", form.nom(), LastName::parse);
            Optional<FirstName> firstName = errors.parse("prenom", form.prenom(), FirstName::parse);
            Optional<Optional<PhoneNumber>> phone = errors.parseOptional("telephone", form.telephone(), PhoneNumber::parse);
            Optional<EmailAddress> email = errors.parse("email", form.email(), EmailAddress::parse);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            UserChanges userChanges = new UserChanges(lastName.orElseThrow(), firstName.orElseThrow(),
                    phone.orElseThrow(), email.orElseThrow());
            return then(partner.modifyUser(principal.user(), userId, userChanges), changed -> {
                PartnerUser before = target.get();
                PartnerUser after = changed.user(userId).orElseThrow();
                AuditedChanges changes = new AuditedChanges()
                        .field("nom", before.lastName().value(), after.lastName().value())
                        .field("prenom", before.firstName().value(), after.firstName().value())
                        .field("telephone", phone(before), phone(after))
                        .field("email", before.email().value(), after.email().value());
                return saved(changed, changes, event(principal, now, AuditAction.USER_UPDATED, sourceAddress)
                        .withTarget(target(userId))
                        .withDetail("login", AuditedChanges.safe(after.login().value())), () -> view(after));
            });
        });
    }

    @Override
    public Outcome<UserView> grantAdministration(Principal principal, UserId userId, String sourceAddress) {
        return asAdministrator(principal, (partner, now) -> then(partner.grantAdministration(principal.user(), userId),
                changed -> rightChanged(principal, partner, changed, userId, now, sourceAddress)));
    }

    @Override
    public Outcome<UserView> revokeAdministration(Principal principal, UserId userId, String sourceAddress) {
        return asAdministrator(principal, (partner, now) -> then(partner.revokeAdministration(principal.user(), userId),
                changed -> rightChanged(principal, partner, changed, userId, now, sourceAddress)));
    }

    /** Saves a granted or revoked right, notifies the user by mail and audits it; a right already so changes nothing. */
    private Outcome<UserView> rightChanged(Principal principal, Partner partner, Partner changed, UserId userId,
            Instant now, String sourceAddress) {
        PartnerUser before = partner.user(userId).orElseThrow();
        PartnerUser after = changed.user(userId).orElseThrow();
        if (before.administrator() == after.administrator()) {
            return Outcome.done(view(after));
        }
        if (!partners.update(changed)) {
            return Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
        }
        outbox.enqueue(OutgoingMail.of(after.email().value(), templates.render(new MailParameters.NotificationSecurite(
                after.login().value(), after.administrator()
                        ? MailParameters.SecurityChange.DROITS_ADMINISTRATEUR_ACCORDES
                        : MailParameters.SecurityChange.DROITS_ADMINISTRATEUR_RETIRES, now)), now));
        audit.append(event(principal, now,
                after.administrator() ? AuditAction.ADMIN_RIGHT_GRANTED : AuditAction.ADMIN_RIGHT_REVOKED, sourceAddress)
                .withTarget(target(userId))
                .withDetail("login", AuditedChanges.safe(after.login().value())));
        return Outcome.done(view(after));
    }

    @Override
    public Outcome<Deleted> delete(Principal principal, UserId userId, String sourceAddress) {
        return asAdministrator(principal, (partner, now) -> then(partner.deleteUser(principal.user(), userId),
                changed -> {
                    PartnerUser gone = partner.user(userId).orElseThrow();
                    if (!partners.update(changed)) {
                        return Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
                    }
                    sessions.closeAllFor(SubjectKind.PARTNER_USER, userId.value().toString());
                    audit.append(event(principal, now, AuditAction.USER_DELETED, sourceAddress)
                            .withTarget(target(userId))
                            .withDetail("login", AuditedChanges.safe(gone.login().value())));
                    return Outcome.done(new Deleted(userId.value(), gone.login().value()));
                }));
    }

    @Override
    public Outcome<UserView> resendLogin(Principal principal, UserId userId, String sourceAddress) {
        return asAdministrator(principal, (partner, now) -> {
            Optional<PartnerUser> found = partner.user(userId);
            if (found.isEmpty()) {
                return refusedBy(PartnerRefusal.USER_NOT_FOUND.refusal());
            }
            PartnerUser user = found.get();
            outbox.enqueue(OutgoingMail.of(user.email().value(), templates.render(new MailParameters.RenvoiIdentifiant(
                    user.login().value(), partner.name().value())), now));
            audit.append(event(principal, now, AuditAction.LOGIN_REMINDER_SENT, sourceAddress)
                    .withTarget(target(userId))
                    .withDetail("login", AuditedChanges.safe(user.login().value())));
            return Outcome.done(view(user));
        });
    }

    // ---------------------------------------------------------------- the common frame

    /** What an administrator's call does with the partner as read in its transaction. */
    @FunctionalInterface
    private interface AdministratorWork<T> {
        Outcome<T> apply(Partner partner, Instant now);
    }

    /**
     * One transaction, in which the partner is read and the caller must be one of its administrators at
     * that moment; a caisse administrator, or a user who must first change a temporary password, is refused.
     */
    private <T> Outcome<T> asAdministrator(Principal principal, AdministratorWork<T> work) {
        if (principal.pendingObligation().isPresent()) {
            return Outcome.refused(Reason.FORBIDDEN, principal.pendingObligation().get());
        }
        if (principal.kind() != Principal.Kind.PARTNER_USER || principal.partner().isEmpty()) {
            return Outcome.refused(Reason.FORBIDDEN, PARTNER_ADMINISTRATORS_ONLY);
        }
        return transactions.inTransaction(() -> partners.find(principal.partner().get())
                .filter(partner -> partner.isAdministrator(principal.user()))
                .map(partner -> work.apply(partner, clock.instant()))
                .orElseGet(() -> refusedBy(PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal())));
    }

    /** The domain's answer: its refusal as an outcome, or what to do with the changed partner. */
    private static <T> Outcome<T> then(Result<Partner> result, Function<Partner, Outcome<T>> onChanged) {
        return switch (result) {
            case Result.Refused<Partner> refused -> refusedBy(refused.refusal());
            case Result.Ok<Partner> ok -> onChanged.apply(ok.value());
        };
    }

    /**
     * Stores the changed partner and audits its changes, then answers; when no field changed, nothing is
     * stored nor audited.
     */
    private <T> Outcome<T> saved(Partner changed, AuditedChanges changes, AuditEvent event,
            java.util.function.Supplier<T> answer) {
        if (changes.isEmpty()) {
            return Outcome.done(answer.get());
        }
        if (!partners.update(changed)) {
            return Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
        }
        changes.events(event).forEach(audit::append);
        return Outcome.done(answer.get());
    }

    private static <T> Outcome<T> refusedBy(Refusal refusal) {
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
            case SELF_REVOCATION, LAST_ADMINISTRATOR, ADMINISTRATOR_DELETION -> Reason.UNPROCESSABLE;
        };
        return Outcome.refused(reason, refusal);
    }

    private static <T> Outcome<T> emptyForm() {
        return new Outcome.Invalid<>(Map.of("formulaire", List.of("Le formulaire est vide.")));
    }

    /** A login is free when no account has it and no pending registration asks for it (case-insensitively). */
    private boolean loginIsFree(Login login) {
        return !accounts.loginTaken(login.key()) && !registrations.loginRequestedByAPendingRegistration(login.key());
    }

    /** A random (version 4) id drawn from the service's generator. */
    private UserId newUserId() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UserId(new UUID(high, low));
    }

    private static AuditEvent event(Principal principal, Instant now, AuditAction action, String sourceAddress) {
        return AuditEvent.of(now, principal.user().value().toString(), action)
                .withScope("partner:" + principal.partner().orElseThrow().value())
                .withSourceAddress(sourceAddress);
    }

    private static String scope(Partner partner) {
        return "partner:" + partner.id().value();
    }

    private static String target(UserId user) {
        return "user:" + user.value();
    }

    private static String valueOf(PostalAddress address, PostalAddress.Field field) {
        return switch (field) {
            case IDENTITE_DESTINATAIRE -> address.identiteDestinataire().orElse(null);
            case MENTION_COMPLEMENTAIRE -> address.mentionComplementaire().orElse(null);
            case BATIMENT_RESIDENCE -> address.batimentResidence().orElse(null);
            case NUMERO -> address.numero().orElse(null);
            case COMPLEMENT -> address.complement().map(RepetitionIndex::letter).orElse(null);
            case TYPE_ET_LIBELLE_VOIE -> address.typeEtLibelleVoie().orElse(null);
            case LIEU_DIT_BOITE_POSTALE -> address.lieuDitBoitePostale().orElse(null);
            case CODE_POSTAL -> address.codePostal().value();
            case COMMUNE -> address.commune();
            case CEDEX -> address.cedex().orElse(null);
            case CANTON -> address.canton().orElse(null);
        };
    }

    private static PartnerDetails details(Partner partner) {
        PostalAddress a = partner.address();
        AddressDetails address = new AddressDetails(valueOf(a, PostalAddress.Field.IDENTITE_DESTINATAIRE),
                valueOf(a, PostalAddress.Field.MENTION_COMPLEMENTAIRE), valueOf(a, PostalAddress.Field.BATIMENT_RESIDENCE),
                valueOf(a, PostalAddress.Field.NUMERO), valueOf(a, PostalAddress.Field.COMPLEMENT),
                valueOf(a, PostalAddress.Field.TYPE_ET_LIBELLE_VOIE), valueOf(a, PostalAddress.Field.LIEU_DIT_BOITE_POSTALE),
                valueOf(a, PostalAddress.Field.CODE_POSTAL), valueOf(a, PostalAddress.Field.COMMUNE),
                valueOf(a, PostalAddress.Field.CEDEX), valueOf(a, PostalAddress.Field.CANTON), a.lines());
        return new PartnerDetails(partner.id().value(), partner.name().value(), siret(partner),
                partner.phone().display(), email(partner), address);
    }

    private static UserView view(PartnerUser user) {
        return new UserView(user.id().value(), user.login().value(), user.lastName().value(), user.firstName().value(),
                user.phone().map(PhoneNumber::display).orElse(null), user.email().value(), user.administrator());
    }

    private static String siret(Partner partner) {
        return partner.siret().map(Siret::value).orElse(null);
    }

    private static String email(Partner partner) {
        return partner.email().map(EmailAddress::value).orElse(null);
    }

    private static String phone(PartnerUser user) {
        return user.phone().map(PhoneNumber::value).orElse(null);
    }
}
