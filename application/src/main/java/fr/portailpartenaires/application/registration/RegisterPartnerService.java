package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.AddressForms;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.CaptchaCheck;
import fr.portailpartenaires.application.shared.ConventionTermsInput;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.domain.convention.CguAcceptance;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.Registration;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Self-registration of a partner (spec §2.1): attempts throttled per source address, the captcha consumed first,
 * every format error at once, then the request stored pending the validation of its caisse, in one transaction.
 * Whether the login is taken is told only to a form whose captcha is right: otherwise the form would tell anyone, as
 * fast as they can post it, which logins exist.
 */
public final class RegisterPartnerService extends UseCaseBase<RegistrationPorts> implements RegisterPartner {

    static final String CGU_CHANGED =
            "Les conditions générales d'utilisation ont changé : relisez-les et acceptez la version en vigueur.";

    private final CaptchaCheck captcha;
    private final RequestThrottling perAddress;

    /** @param perAddress on {@code REGISTRATION_ADDRESS} counters ({@link RequestThrottling#REGISTRATIONS_PER_ADDRESS}) */
    public RegisterPartnerService(UseCaseSupport support, RegistrationPorts ports, CaptchaCheck captcha,
            RequestThrottling perAddress) {
        super(support, ports);
        this.captcha = captcha;
        this.perAddress = perAddress;
    }

    @Override
    public Outcome<Submitted> register(RegistrationForm form, String sourceAddress) {
        Instant now = support.now();
        Optional<Duration> wait = perAddress.waitFor(sourceAddress, now);
        if (wait.isPresent()) {
            return Outcome.tooManyRequests(RequestThrottling.refusal(wait.get()), wait.get());
        }
        perAddress.record(sourceAddress, now);
        return support.validate(form).flatMap(errors -> {
            // the captcha is consumed first, whatever else is wrong: after any error a new one must be typed
            boolean captchaOk = captcha.check(form.captchaId(), form.captcha(), errors);
            if (form.cguVersion() != null && !errors.has("cguVersion")
                    && !ports.settings().cguVersion().equals(form.cguVersion())) {
                errors.add("cguVersion", CGU_CHANGED);
            }
            Optional<ConventionTerms> terms = ConventionTermsInput.parse(ports.referenceData(),
                    BusinessTime.dateOf(support.now()), errors, form.regime(), form.caisse(), form.codeConvention(),
                    form.typePartenaire());
            Optional<RegistrationDetails> details = details(form, captchaOk, errors);
            if (!errors.isEmpty() || terms.isEmpty() || details.isEmpty()) {
                return errors.toOutcome();
            }
            return support.commitIfDone(() -> submit(terms.get(), details.get(), sourceAddress));
        });
    }

    private Outcome<Submitted> submit(ConventionTerms terms, RegistrationDetails details, String sourceAddress) {
        var now = support.now();
        var submitted = Registration.submit(new RegistrationId(UUID.randomUUID()), terms, details,
                new CguAcceptance(ports.settings().cguVersion(), now), now,
                ports.registrations().pendingWithConventionCode(terms.code()));
        return switch (submitted) {
            case Result.Refused<Registration.EnAttenteDeValidation<RegistrationDetails>> refused ->
                    Outcome.refused(Reason.CONFLICT, refused.refusal());
            case Result.Ok<Registration.EnAttenteDeValidation<RegistrationDetails>> ok -> {
                FormErrors inUse = new FormErrors();
                if (!ConventionTermsInput.free(ports.numberUse(), terms, BusinessTime.dateOf(now), inUse)) {
                    yield inUse.toOutcome();
                }
                if (!ports.registrations().addPending(ok.value())) {
                    yield Outcome.refused(Reason.CONFLICT, Refusal.of("inscription.deja_en_attente",
                            terms.code().value()));
                }
                support.audit(AuditEvent.of(now, AuditEvent.ANONYMOUS, AuditAction.REGISTRATION_SUBMITTED)
                        .withScope(terms.caisse().code().value())
                        .withTarget("registration:" + ok.value().id().value())
                        .withSourceAddress(sourceAddress)
                        .withDetail("conventionCode", terms.code().value()));
                yield Outcome.done(new Submitted(ok.value().id()));
            }
        };
    }

    /** A login is free when no account has it and no pending registration asks for it (case-insensitively). */
    private boolean loginIsFree(Login login) {
        return !ports.accounts().loginTaken(login.key())
                && !ports.registrations().loginRequestedByAPendingRegistration(login.key());
    }

    private Optional<RegistrationDetails> details(RegistrationForm form, boolean captchaOk, FormErrors errors) {
        Optional<PartnerName> name = errors.parse("nomPartenaire", form.nomPartenaire(), PartnerName::parse);
        Optional<Optional<Siret>> siret = errors.parseOptional("siret", form.siret(), Siret::parse);
        Optional<PhoneNumber> phone = errors.parse("telephone", form.telephone(), PhoneNumber::parse);
        Optional<PostalAddress> address = address(form.adresse(), name, errors);
        Optional<RegistrationDetails.FirstAdministrator> administrator = Optional.ofNullable(form.administrateur())
                .flatMap(admin -> administrator(admin, captchaOk, errors));
        if (name.isEmpty() || siret.isEmpty() || phone.isEmpty() || address.isEmpty() || administrator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegistrationDetails(name.get(), siret.get(), phone.get(), address.get(), administrator.get()));
    }

    /** The login is looked up only behind a right captcha: a wrong one makes the form invalid anyway. */
    private Optional<RegistrationDetails.FirstAdministrator> administrator(AdministratorForm admin, boolean captchaOk,
            FormErrors errors) {
        Optional<LastName> lastName = errors.parse("administrateur.nom", admin.nom(), LastName::parse);
        Optional<FirstName> firstName = errors.parse("administrateur.prenom", admin.prenom(), FirstName::parse);
        Optional<Login> login = errors.parse("administrateur.login", admin.login(), Login::parse);
        if (captchaOk && login.isPresent() && !loginIsFree(login.get())) {
            errors.add("administrateur.login", Refusals.LOGIN_TAKEN);
            login = Optional.empty();
        }
        Optional<EmailAddress> email = errors.parse("administrateur.email", admin.email(), EmailAddress::parse);
        Optional<PhoneNumber> phone = errors.parse("administrateur.telephone", admin.telephone(), PhoneNumber::parse);
        if (lastName.isEmpty() || firstName.isEmpty() || login.isEmpty() || email.isEmpty() || phone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegistrationDetails.FirstAdministrator(lastName.get(), firstName.get(), login.get(),
                email.get(), phone.get()));
    }

    private static Optional<PostalAddress> address(AddressForm form, Optional<PartnerName> name, FormErrors errors) {
        return form == null
                ? Optional.empty()
                : AddressForms.parse(form, name.map(PartnerName::value).orElse(null), "adresse.", errors);
    }
}
