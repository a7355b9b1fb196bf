package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.convention.SignedConventionNumber;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Frame;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.LoginTakenException;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.domain.convention.Actor;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.Registration;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The caisse's review of the registrations made with it (spec §2.1): on validation, the partner, its convention and
 * first administrator in one transaction with the mail in the outbox; on invalidation, the motif mailed. A
 * registration of another caisse does not exist for its administrators.
 */
public final class ReviewRegistrationsService extends UseCaseBase<RegistrationPorts> implements ReviewRegistrations {

    static final Refusal NOT_FOUND = Refusal.of("inscription.introuvable");
    static final Refusal CAISSE_ONLY = Refusal.of("inscription.reservee_administrateur_caisse");
    static final Refusal DECIDED_MEANWHILE = Refusal.of("inscription.modifiee_entre_temps");
    static final Refusal LOGIN_GIVEN_MEANWHILE = Refusal.of("inscription.login_attribue");
    static final int MAX_PAGE = 100;

    private final TemporaryPasswords passwords;

    public ReviewRegistrationsService(UseCaseSupport support, RegistrationPorts ports, TemporaryPasswords passwords) {
        super(support, ports);
        this.passwords = passwords;
    }

    @Override
    public Outcome<List<PendingRegistration>> pending(Principal principal, Optional<RegistrationId> after, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).map(caisse ->
                ports.registrations().pendingOf(caisse, after, size).stream()
                        .map(this::view)
                        .toList());
    }

    @Override
    public Outcome<Validated> validate(Principal principal, RegistrationId id, String sourceAddress) {
        try {
            return decide(principal, id, (stored, actor, now) -> switch (stored.registration().validate(actor, now)) {
                case Result.Refused<Registration.Validee<RegistrationDetails>> refused ->
                        Outcome.refused(Reason.CONFLICT, refused.refusal());
                case Result.Ok<Registration.Validee<RegistrationDetails>> ok ->
                        createPartner(principal, actor, ok.value(), stored.version(), sourceAddress);
            });
        } catch (LoginTakenException e) {
            // the login was given to another account after the check, in a concurrent transaction: rolled back
            return Outcome.refused(Reason.CONFLICT, LOGIN_GIVEN_MEANWHILE);
        }
    }

    private Outcome<Validated> createPartner(Principal principal, Actor.CaisseAdministrator actor,
            Registration.Validee<RegistrationDetails> validee, long version, String sourceAddress) {
        var details = validee.form();
        var admin = details.administrator();
        if (ports.accounts().loginTaken(admin.login().key())) {
            return Outcome.refused(Reason.CONFLICT, LOGIN_GIVEN_MEANWHILE);
        }
        var partnerId = PartnerId.random();
        var adminId = UserId.random();
        Partner partner = Partner.register(partnerId, details.partnerName(), details.siret(), details.phone(),
                details.address(), new PartnerUser(adminId, admin.login(), admin.lastName(), admin.firstName(),
                        Optional.of(admin.phone()), admin.email(), true));
        if (!ports.registrations().decide(validee, version, principal.user(), Optional.of(partnerId))) {
            return Outcome.refused(Reason.CONFLICT, DECIDED_MEANWHILE);
        }
        ports.partners().add(partner);
        partner.users().forEach(user -> ports.accounts().openPartnerUser(partnerId, user));
        ports.conventions().add(validee.firstConvention(new ConventionId(UUID.randomUUID()), partnerId.value()));
        var temporary = passwords.draw(admin.login().value());
        var now = support.now();
        passwords.issue(adminId, temporary, admin.email().value(), new MailParameters.ValidationPreinscription(
                details.partnerName().value(), validee.convention().caisse().libelle(), admin.login().value(),
                temporary.value(), temporary.validity()), now);
        support.audit(event(now, principal, actor, AuditAction.REGISTRATION_VALIDATED, validee.id(), sourceAddress)
                .withDetail("partnerId", partnerId.value().toString())
                .withDetail("administratorLogin", admin.login().value()));
        support.audit(TemporaryPasswords.issuedEvent(now, adminId).withScope("partner:" + partnerId.value()));
        return Outcome.done(new Validated(validee.id().value(), partnerId.value(), admin.login().value()));
    }

    @Override
    public Outcome<Invalidated> invalidate(Principal principal, RegistrationId id, String motif, String sourceAddress) {
        return decide(principal, id, (stored, actor, now) -> switch (stored.registration().invalidate(actor, motif, now)) {
            case Result.Refused<Registration.Invalidee<RegistrationDetails>> refused ->
                    refused.refusal().code().startsWith("motif.")
                            ? new Outcome.Invalid<>(Map.of("motif", List.of(refused.refusal().message())))
                            : Outcome.refused(Reason.CONFLICT, refused.refusal());
            case Result.Ok<Registration.Invalidee<RegistrationDetails>> ok -> {
                if (!ports.registrations().decide(ok.value(), stored.version(), principal.user(), Optional.empty())) {
                    yield Outcome.refused(Reason.CONFLICT, DECIDED_MEANWHILE);
                }
                var invalidee = ok.value();
                support.mail(invalidee.form().administrator().email().value(),
                        new MailParameters.InvalidationPreinscription(invalidee.convention().code().value(),
                                invalidee.convention().caisse().libelle(), invalidee.motif().value()), now);
                support.audit(event(now, principal, actor, AuditAction.REGISTRATION_REJECTED, id, sourceAddress));
                yield Outcome.done(new Invalidated(id.value()));
            }
        });
    }

    /** What a caisse decision does with the stored registration, as its own caisse's administrator. */
    @FunctionalInterface
    private interface Decision<T> {
        Outcome<T> apply(Registrations.Stored stored, Actor.CaisseAdministrator actor, Instant now);
    }

    /**
     * The common frame of validation and invalidation: only a caisse administrator, one transaction committed only
     * when done, and a registration of another caisse is "not found" (the administrator learns nothing about it).
     */
    private <T> Outcome<T> decide(Principal principal, RegistrationId id, Decision<T> decision) {
        return Frame.onFound(Guards.caisseAdministrator(principal, CAISSE_ONLY), support.transactions(),
                caisse -> ports.registrations().find(id)
                        .filter(stored -> stored.registration().convention().caisse().code().equals(caisse)),
                () -> Outcome.refused(Reason.NOT_FOUND, NOT_FOUND),
                (caisse, stored) -> decision.apply(stored, new Actor.CaisseAdministrator(caisse), support.now()));
    }

    private static AuditEvent event(Instant now, Principal principal, Actor.CaisseAdministrator actor,
            AuditAction action, RegistrationId id, String sourceAddress) {
        return AuditEvent.of(now, principal.user().value().toString(), action)
                .withScope(actor.caisse().value())
                .withTarget("registration:" + id.value())
                .withSourceAddress(sourceAddress);
    }

    /** The caisse sees the raison sociale it expects for that number beside the one typed (spec §3.4). */
    private PendingRegistration view(Registration.EnAttenteDeValidation<RegistrationDetails> registration) {
        var d = registration.form();
        var terms = registration.convention();
        return new PendingRegistration(registration.id().value(), registration.submittedAt(), terms.regime().value(),
                terms.caisse().libelle(), terms.code().value(), terms.partnerType().label(), d.partnerName().value(),
                d.siret().map(Siret::value).orElse(null), d.phone().display(), d.address().codePostal().value(),
                d.address().commune(), String.join(", ", d.address().lines()), d.administrator().lastName().value(),
                d.administrator().firstName().value(), d.administrator().login().value(),
                d.administrator().email().value(), d.administrator().phone().display(),
                ports.referenceData().signedNumber(terms.caisse().code(), terms.code())
                        .flatMap(SignedConventionNumber::expectedName).map(PartnerName::value).orElse(null));
    }
}
