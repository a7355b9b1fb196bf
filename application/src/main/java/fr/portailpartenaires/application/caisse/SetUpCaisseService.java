package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Refusal;
import java.util.Optional;

/**
 * The operator's creation of a caisse administrator (spec §3.5): the same account, temporary password, mail and audit
 * trail as any creation, in one transaction; the audit's actor is {@value #OPERATOR}.
 */
public final class SetUpCaisseService extends UseCaseBase<CaissePorts> implements SetUpCaisse {

    /** The audit trail's actor of what the operator does from the command line. */
    public static final String OPERATOR = "operator";

    static final Refusal UNKNOWN_CAISSE = Refusal.of("caisse.inconnue");
    static final Refusal ALREADY_ADMINISTERED = Refusal.of("caisse.deja_administree");

    private final NewCaisseAdministrators newAdministrators;

    public SetUpCaisseService(UseCaseSupport support, CaissePorts ports, TemporaryPasswords passwords) {
        super(support, ports);
        this.newAdministrators = new NewCaisseAdministrators(support, ports, passwords);
    }

    @Override
    public Outcome<AdministratorCreated> createAdministrator(NewCaisseAdministrator form) {
        return support.validate(form).flatMap(errors -> support.commitIfDone(() -> {
            Optional<Caisse> caisse = errors.parse("caisse", form.caisse(), CaisseCode::parse)
                    .flatMap(ports.referenceData()::caisse);
            if (caisse.isEmpty() && !errors.has("caisse")) {
                errors.add("caisse", UNKNOWN_CAISSE);
            }
            if (caisse.isPresent() && !form.additional()
                    && ports.accounts().caisseAdministrators(caisse.get().code()) > 0) {
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
