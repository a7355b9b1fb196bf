package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.LoginReservations;
import fr.portailpartenaires.application.shared.MailTemplates;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.PasswordHasher;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Refusal;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
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
    private final NewCaisseAdministrators newAdministrators;
    private final Transactions transactions;

    /** @param random draws the temporary password: a {@link java.security.SecureRandom} in production */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public SetUpCaisseService(Validator validator, ReferenceData referenceData, Accounts accounts,
            LoginReservations reservations, PasswordHasher hasher, Outbox outbox, MailTemplates templates,
            AuditLog audit, Transactions transactions, PortalSettings settings, RandomGenerator random, Clock clock) {
        this.validator = validator;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.newAdministrators = new NewCaisseAdministrators(accounts, reservations,
                new TemporaryPasswords(accounts, hasher, outbox, templates, settings, random, clock), audit, clock);
        this.transactions = transactions;
    }

    @Override
    public Outcome<AdministratorCreated> createAdministrator(NewCaisseAdministrator form) {
        return FormErrors.validate(validator, form).flatMap(errors -> transactions.commitIfDone(() -> {
            Optional<Caisse> caisse = errors.parse("caisse", form.caisse(), CaisseCode::parse)
                    .flatMap(referenceData::caisse);
            if (caisse.isEmpty() && !errors.has("caisse")) {
                errors.add("caisse", UNKNOWN_CAISSE);
            }
            if (caisse.isPresent() && !form.additional() && accounts.caisseAdministrators(caisse.get().code()) > 0) {
                errors.add("caisse", ALREADY_ADMINISTERED);
            }
            Optional<NewCaisseAdministrators.Person> person = newAdministrators.person(errors, form.login(),
                    form.nom(), form.prenom(), form.email());
            if (!errors.isEmpty() || caisse.isEmpty() || person.isEmpty()) {
                return errors.toOutcome();
            }
            return Outcome.done(newAdministrators.create(caisse.get(), person.get(), OPERATOR, null));
        }));
    }
}
