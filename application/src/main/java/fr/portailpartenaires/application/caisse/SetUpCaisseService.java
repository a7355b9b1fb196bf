package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.LoginReservations;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailTemplates;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.PasswordHasher;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The operator's creation of a caisse administrator (spec §3.5): the same account, temporary password, mail and audit
 * trail as any creation, in one transaction; the audit's actor is {@value #OPERATOR}.
 */
public final class SetUpCaisseService implements SetUpCaisse {

    /** The audit trail's actor of what the operator does from the command line. */
    public static final String OPERATOR = "operator";

    static final Refusal UNKNOWN_CAISSE = Refusal.of("caisse.inconnue",
            "Cette caisse est inconnue : indiquez le code d'une caisse du référentiel (par exemple CARSAT-NORD-PICARDIE).");
    static final Refusal ALREADY_ADMINISTERED = Refusal.of("caisse.deja_administree",
            "Cette caisse a déjà un administrateur : il peut créer les suivants dans le portail. Pour en ajouter un "
                    + "quand même, demandez-le explicitement (option --un-de-plus).");

    private final Validator validator;
    private final ReferenceData referenceData;
    private final Accounts accounts;
    private final LoginReservations reservations;
    private final TemporaryPasswords passwords;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    /** @param random draws the temporary password: a {@link java.security.SecureRandom} in production */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public SetUpCaisseService(Validator validator, ReferenceData referenceData, Accounts accounts,
            LoginReservations reservations, PasswordHasher hasher, Outbox outbox, MailTemplates templates,
            AuditLog audit, Transactions transactions, PortalSettings settings, RandomGenerator random, Clock clock) {
        this.validator = validator;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.reservations = reservations;
        this.passwords = new TemporaryPasswords(accounts, hasher, outbox, templates, settings, random, clock);
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<AdministratorCreated> createAdministrator(NewCaisseAdministrator form) {
        return FormErrors.validate(validator, form).flatMap(errors -> transactions.commitIfDone(() -> {
            Optional<Caisse> caisse = errors.parse("caisse", form.caisse(), CaisseCode::parse)
                    .flatMap(referenceData::caisse);
            if (caisse.isEmpty() && !errors.has("caisse")) {
                errors.add("caisse", UNKNOWN_CAISSE);
            }
            Optional<Login> login = errors.parse("login", form.login(), Login::parse);
            if (login.isPresent() && (accounts.loginTaken(login.get().key())
                    || reservations.loginRequestedByAPendingRegistration(login.get().key()))) {
                errors.add("login", Refusals.LOGIN_TAKEN);
            }
            Optional<LastName> lastName = errors.parse("nom", form.nom(), LastName::parse);
            Optional<FirstName> firstName = errors.parse("prenom", form.prenom(), FirstName::parse);
            Optional<EmailAddress> email = errors.parse("email", form.email(), EmailAddress::parse);
            if (caisse.isPresent() && !form.additional() && accounts.caisseAdministrators(caisse.get().code()) > 0) {
                errors.add("caisse", ALREADY_ADMINISTERED);
            }
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            return Outcome.done(create(caisse.get(), login.get(), lastName.get(), firstName.get(), email.get()));
        }));
    }

    private AdministratorCreated create(Caisse caisse, Login login, LastName lastName, FirstName firstName,
            EmailAddress email) {
        Instant now = clock.instant();
        UserId id = new UserId(UUID.randomUUID());
        accounts.addCaisseAdministrator(new Accounts.CaisseAdministrator(id, caisse.code(), login, lastName, firstName,
                email));
        TemporaryPasswords.Drawn temporary = passwords.draw(login.value());
        passwords.issue(id, temporary, email.value(), new MailParameters.CreationCompte(caisse.libelle(),
                Optional.of(login.value()), temporary.value(), temporary.validity()), now);
        audit.append(AuditEvent.of(now, OPERATOR, AuditAction.USER_CREATED)
                .withScope(caisse.code().value())
                .withTarget("user:" + id.value())
                .withDetail("profil", "CAISSE_ADMIN")
                .withDetail("login", login.value()));
        audit.append(TemporaryPasswords.issuedEvent(now, id).withScope(caisse.code().value()));
        return new AdministratorCreated(id.value(), login.value(), caisse.code().value(), caisse.libelle(),
                email.value(), temporary.value(), temporary.password().expiresAt());
    }
}
