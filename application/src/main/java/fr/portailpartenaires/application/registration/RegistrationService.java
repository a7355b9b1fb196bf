package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.CaptchaCheck;
import fr.portailpartenaires.application.shared.ConventionTermsInput;
import fr.portailpartenaires.application.shared.AddressForms;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.LoginTakenException;
import fr.portailpartenaires.application.shared.MailTemplates;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.PasswordHasher;
import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.convention.Actor;
import fr.portailpartenaires.domain.convention.CguAcceptance;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.Registration;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.NewUser;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.password.TemporaryPassword;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Self-registration of a partner and its review by the caisse (spec §2.1): validation of every field
 * at once, then, on the caisse's validation, the partner, its convention and first administrator in
 * one transaction with the mail in the outbox.
 */
public final class RegistrationService implements RegisterPartner, ReviewRegistrations {

    static final Refusal NOT_FOUND = Refusal.of("inscription.introuvable", "Cette demande d'inscription est introuvable.");
    static final Refusal CAISSE_ONLY = Refusal.of("inscription.reservee_caisse",
            "Seul un administrateur de caisse peut traiter les demandes d'inscription.");
    static final Refusal DECIDED_MEANWHILE = Refusal.of("inscription.modifiee_entre_temps",
            "Cette demande vient d'être traitée par un autre administrateur : rechargez la liste.");
    static final Refusal LOGIN_GIVEN_MEANWHILE = Refusal.of("inscription.login_attribue",
            "L'identifiant demandé a été attribué entre-temps à un autre compte : invalidez la demande"
                    + " en indiquant au partenaire de choisir un autre identifiant.");
    static final int MAX_PAGE = 100;

    private final Validator validator;
    private final CaptchaCheck captcha;
    private final ReferenceData referenceData;
    private final Registrations registrations;
    private final Partners partners;
    private final Conventions conventions;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final AuditLog audit;
    private final Transactions transactions;
    private final PortalSettings settings;
    private final RandomGenerator random;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public RegistrationService(Validator validator, CaptchaCheck captcha, ReferenceData referenceData,
            Registrations registrations, Partners partners, Conventions conventions, Accounts accounts,
            PasswordHasher hasher, Outbox outbox, MailTemplates templates, AuditLog audit, Transactions transactions,
            PortalSettings settings, RandomGenerator random, Clock clock) {
        this.validator = validator;
        this.captcha = captcha;
        this.referenceData = referenceData;
        this.registrations = registrations;
        this.partners = partners;
        this.conventions = conventions;
        this.accounts = accounts;
        this.hasher = hasher;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.random = random;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- registration by a visitor

    @Override
    public Outcome<Submitted> register(RegistrationForm form, String sourceAddress) {
        if (form == null) {
            return new Outcome.Invalid<>(java.util.Map.of("formulaire", List.of("Le formulaire est vide.")));
        }
        // the captcha is consumed first, whatever else is wrong: after any error a new one must be typed
        boolean captchaOk = form.captchaId() != null && form.captcha() != null
                && captcha.verify(form.captchaId(), form.captcha());
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!captchaOk && !errors.has("captcha")) {
            errors.add("captcha", Refusals.CAPTCHA_WRONG);
        }
        if (form.cguVersion() != null && !errors.has("cguVersion") && !settings.cguVersion().equals(form.cguVersion())) {
            errors.add("cguVersion", "Les conditions générales d'utilisation ont changé : relisez-les et acceptez la version en vigueur.");
        }
        Optional<ConventionTerms> terms = conventionTerms(form, errors);
        Optional<RegistrationDetails> details = details(form, errors);
        if (!errors.isEmpty() || terms.isEmpty() || details.isEmpty()) {
            return errors.toOutcome();
        }
        return transactions.inTransaction(() -> submit(terms.get(), details.get(), sourceAddress));
    }

    private Outcome<Submitted> submit(ConventionTerms terms, RegistrationDetails details, String sourceAddress) {
        var now = clock.instant();
        var submitted = Registration.submit(new RegistrationId(UUID.randomUUID()), terms, details,
                new CguAcceptance(settings.cguVersion(), now), now,
                registrations.pendingWithConventionCode(terms.code()));
        return switch (submitted) {
            case Result.Refused<Registration.EnAttenteDeValidation<RegistrationDetails>> refused ->
                    Outcome.refused(Reason.CONFLICT, refused.refusal());
            case Result.Ok<Registration.EnAttenteDeValidation<RegistrationDetails>> ok -> {
                if (!registrations.addPending(ok.value())) {
                    yield Outcome.refused(Reason.CONFLICT, Refusal.of("inscription.deja_en_attente",
                            "Une demande d'inscription est déjà en attente de validation pour la convention n° "
                                    + terms.code().value() + "."));
                }
                audit.append(AuditEvent.of(now, AuditEvent.ANONYMOUS, AuditAction.REGISTRATION_SUBMITTED)
                        .withScope(terms.caisse().code().value())
                        .withTarget("registration:" + ok.value().id().value())
                        .withSourceAddress(sourceAddress)
                        .withDetail("conventionCode", terms.code().value()));
                yield Outcome.done(new Submitted(ok.value().id(), SUCCESS_MESSAGE));
            }
        };
    }

    private Optional<ConventionTerms> conventionTerms(RegistrationForm form, FormErrors errors) {
        return ConventionTermsInput.parse(referenceData, errors, form.regime(), form.caisse(), form.codeConvention(),
                form.typePartenaire());
    }

    /** A login is free when no account has it and no pending registration asks for it (case-insensitively). */
    private boolean loginIsFree(Login login) {
        return !accounts.loginTaken(login.key()) && !registrations.loginRequestedByAPendingRegistration(login.key());
    }

    private Optional<RegistrationDetails> details(RegistrationForm form, FormErrors errors) {
        Optional<PartnerName> name = errors.parse("nomPartenaire", form.nomPartenaire(), PartnerName::parse);
        Optional<Optional<Siret>> siret = errors.parseOptional("siret", form.siret(), Siret::parse);
        Optional<PhoneNumber> phone = errors.parse("telephone", form.telephone(), PhoneNumber::parse);
        Optional<PostalAddress> address = address(form.adresse(), name, errors);
        var admin = form.administrateur();
        Optional<RegistrationDetails.FirstAdministrator> administrator = Optional.empty();
        if (admin != null) {
            Optional<LastName> lastName = errors.parse("administrateur.nom", admin.nom(), LastName::parse);
            Optional<FirstName> firstName = errors.parse("administrateur.prenom", admin.prenom(), FirstName::parse);
            Optional<Login> login = errors.parse("administrateur.login", admin.login(), Login::parse);
            if (login.isPresent() && !loginIsFree(login.get())) {
                errors.add("administrateur.login", Refusals.LOGIN_TAKEN);
                login = Optional.empty();
            }
            Optional<EmailAddress> email = errors.parse("administrateur.email", admin.email(), EmailAddress::parse);
            Optional<PhoneNumber> adminPhone = errors.parse("administrateur.telephone", admin.telephone(), PhoneNumber::parse);
            if (lastName.isPresent() && firstName.isPresent() && login.isPresent() && email.isPresent()
                    && adminPhone.isPresent()) {
                administrator = Optional.of(new RegistrationDetails.FirstAdministrator(lastName.get(), firstName.get(),
                        login.get(), email.get(), adminPhone.get()));
            }
        }
        if (name.isEmpty() || siret.isEmpty() || phone.isEmpty() || address.isEmpty() || administrator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegistrationDetails(name.get(), siret.get(), phone.get(), address.get(), administrator.get()));
    }

    private static Optional<PostalAddress> address(AddressForm form, Optional<PartnerName> name,
            FormErrors errors) {
        return form == null
                ? Optional.empty()
                : AddressForms.parse(form, name.map(PartnerName::value).orElse(null), "adresse.", errors);
    }

    // ---------------------------------------------------------------- review by the caisse

    @Override
    public Outcome<List<PendingRegistration>> pending(Principal principal, Optional<RegistrationId> after, int limit) {
        Optional<Outcome<List<PendingRegistration>>> denied = deniedUnlessCaisseAdministrator(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return Outcome.done(registrations.pendingOf(principal.caisse().orElseThrow(), after, size).stream()
                .map(RegistrationService::view)
                .toList());
    }

    @Override
    public Outcome<Validated> validate(Principal principal, RegistrationId id, String sourceAddress) {
        try {
            return validateRegistration(principal, id, sourceAddress);
        } catch (LoginTakenException e) {
            // the login was given to another account after the check, in a concurrent transaction: rolled back
            return Outcome.refused(Reason.CONFLICT, LOGIN_GIVEN_MEANWHILE);
        }
    }

    private Outcome<Validated> validateRegistration(Principal principal, RegistrationId id, String sourceAddress) {
        return decide(principal, id, (stored, actor, now) -> switch (stored.registration().validate(actor, now)) {
            case Result.Refused<Registration.Validee<RegistrationDetails>> refused ->
                    Outcome.refused(Reason.CONFLICT, refused.refusal());
            case Result.Ok<Registration.Validee<RegistrationDetails>> ok ->
                    createPartner(principal, ok.value(), stored.version(), sourceAddress);
        });
    }

    private Outcome<Validated> createPartner(Principal principal, Registration.Validee<RegistrationDetails> validee,
            long version, String sourceAddress) {
        var details = validee.form();
        var admin = details.administrator();
        if (accounts.loginTaken(admin.login().key())) {
            return Outcome.refused(Reason.CONFLICT, LOGIN_GIVEN_MEANWHILE);
        }
        var partnerId = PartnerId.random();
        var adminId = UserId.random();
        Partner partner = Partner.register(partnerId, details.partnerName(), details.siret(), details.phone(),
                details.address(), new NewUser(adminId, admin.login(), admin.lastName(), admin.firstName(),
                        Optional.of(admin.phone()), admin.email(), true));
        if (!registrations.decide(validee, version, principal.user(), Optional.of(partnerId))) {
            return Outcome.refused(Reason.CONFLICT, DECIDED_MEANWHILE);
        }
        partners.add(partner);
        conventions.add(validee.firstConvention(new ConventionId(UUID.randomUUID()), partnerId.value()));
        var temporary = TemporaryPassword.generate(settings.passwordPolicy(), admin.login().value(), random, clock,
                settings.temporaryPasswordValidity());
        accounts.setPassword(adminId, hasher.hash(temporary.value()), Optional.of(temporary.expiresAt()), true);
        var now = clock.instant();
        outbox.enqueue(OutgoingMail.of(admin.email().value(), templates.render(new MailParameters.ValidationPreinscription(
                details.partnerName().value(), validee.convention().caisse().libelle(), admin.login().value(),
                temporary.value(), settings.temporaryPasswordValidity())), now));
        audit.append(AuditEvent.of(now, principal.user().value().toString(), AuditAction.REGISTRATION_VALIDATED)
                .withScope(principal.caisse().orElseThrow().value())
                .withTarget("registration:" + validee.id().value())
                .withSourceAddress(sourceAddress)
                .withDetail("partnerId", partnerId.value().toString())
                .withDetail("administratorLogin", admin.login().value()));
        audit.append(AuditEvent.of(now, AuditEvent.SYSTEM, AuditAction.TEMPORARY_PASSWORD_ISSUED)
                .withScope("partner:" + partnerId.value())
                .withTarget("user:" + adminId.value()));
        return Outcome.done(new Validated(validee.id().value(), partnerId.value(), admin.login().value()));
    }

    @Override
    public Outcome<Invalidated> invalidate(Principal principal, RegistrationId id, String motif, String sourceAddress) {
        return decide(principal, id, (stored, actor, now) -> switch (stored.registration().invalidate(actor, motif, now)) {
            case Result.Refused<Registration.Invalidee<RegistrationDetails>> refused ->
                    refused.refusal().code().startsWith("motif.")
                            ? new Outcome.Invalid<>(java.util.Map.of("motif", List.of(refused.refusal().message())))
                            : Outcome.refused(Reason.CONFLICT, refused.refusal());
            case Result.Ok<Registration.Invalidee<RegistrationDetails>> ok -> {
                if (!registrations.decide(ok.value(), stored.version(), principal.user(), Optional.empty())) {
                    yield Outcome.refused(Reason.CONFLICT, DECIDED_MEANWHILE);
                }
                var invalidee = ok.value();
                outbox.enqueue(OutgoingMail.of(invalidee.form().administrator().email().value(),
                        templates.render(new MailParameters.InvalidationPreinscription(
                                invalidee.convention().code().value(), invalidee.convention().caisse().libelle(),
                                invalidee.motif().value())), now));
                audit.append(AuditEvent.of(now, principal.user().value().toString(), AuditAction.REGISTRATION_REJECTED)
                        .withScope(principal.caisse().orElseThrow().value())
                        .withTarget("registration:" + id.value())
                        .withSourceAddress(sourceAddress));
                yield Outcome.done(new Invalidated(id.value()));
            }
        });
    }

    /** What a caisse decision does with the stored registration, as its own caisse's administrator. */
    @FunctionalInterface
    private interface Decision<T> {
        Outcome<T> apply(Registrations.Stored stored, Actor.CaisseAdministrator actor, java.time.Instant now);
    }

    /**
     * The common frame of validation and invalidation: only a caisse administrator, one transaction, and a
     * registration of another caisse is "not found" (the administrator learns nothing about it).
     */
    private <T> Outcome<T> decide(Principal principal, RegistrationId id, Decision<T> decision) {
        Optional<Outcome<T>> denied = deniedUnlessCaisseAdministrator(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        CaisseCode caisse = principal.caisse().orElseThrow();
        return transactions.inTransaction(() -> registrations.find(id)
                .filter(stored -> stored.registration().convention().caisse().code().equals(caisse))
                .map(stored -> decision.apply(stored, new Actor.CaisseAdministrator(caisse), clock.instant()))
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, NOT_FOUND)));
    }

    private static <T> Optional<Outcome<T>> deniedUnlessCaisseAdministrator(Principal principal) {
        Optional<Refusal> obligation = principal.pendingObligation();
        if (obligation.isPresent()) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, obligation.get()));
        }
        if (principal.kind() != Principal.Kind.CAISSE_ADMIN) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, CAISSE_ONLY));
        }
        return Optional.empty();
    }

    private static PendingRegistration view(Registration.EnAttenteDeValidation<RegistrationDetails> registration) {
        var d = registration.form();
        var terms = registration.convention();
        return new PendingRegistration(registration.id().value(), registration.submittedAt(), terms.regime().value(),
                terms.caisse().libelle(), terms.code().value(), terms.partnerType().label(), d.partnerName().value(),
                d.siret().map(Siret::value).orElse(null), d.phone().display(), d.address().codePostal().value(),
                d.address().commune(), String.join(", ", d.address().lines()), d.administrator().lastName().value(),
                d.administrator().firstName().value(), d.administrator().login().value(),
                d.administrator().email().value(), d.administrator().phone().display());
    }
}
