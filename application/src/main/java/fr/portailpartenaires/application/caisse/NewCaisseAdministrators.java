package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.caisse.SetUpCaisse.AdministratorCreated;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How a caisse administrator's account is opened, by the operator's command or by another administrator of the
 * caisse: the person's fields checked (a login nobody has or asked for), the account, a temporary password mailed,
 * the audit trail.
 */
final class NewCaisseAdministrators extends UseCaseBase<CaissePorts> {

    /** The person a new administrator is, as the form gave them. */
    record Person(Login login, LastName lastName, FirstName firstName, EmailAddress email) {
    }

    private final TemporaryPasswords passwords;

    NewCaisseAdministrators(UseCaseSupport support, CaissePorts ports, TemporaryPasswords passwords) {
        super(support, ports);
        this.passwords = passwords;
    }

    /** The person, or empty with the errors of the fields {@code login}, {@code nom}, {@code prenom}, {@code email}. */
    Optional<Person> person(FormErrors errors, String rawLogin, String nom, String prenom, String rawEmail) {
        Optional<Login> login = errors.parse("login", rawLogin, Login::parse);
        if (login.isPresent() && (ports.accounts().loginTaken(login.get().key())
                || ports.reservations().loginRequestedByAPendingRegistration(login.get().key()))) {
            errors.add("login", Refusals.LOGIN_TAKEN);
        }
        Optional<LastName> lastName = errors.parse("nom", nom, LastName::parse);
        Optional<FirstName> firstName = errors.parse("prenom", prenom, FirstName::parse);
        Optional<EmailAddress> email = errors.parse("email", rawEmail, EmailAddress::parse);
        if (!errors.isEmpty() || login.isEmpty() || lastName.isEmpty() || firstName.isEmpty() || email.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Person(login.get(), lastName.get(), firstName.get(), email.get()));
    }

    /** Opens the account, mails its temporary password and records it, {@code actor} being who created it. */
    AdministratorCreated create(Caisse caisse, Person person, String actor, String sourceAddress) {
        Instant now = support.now();
        UserId id = new UserId(UUID.randomUUID());
        ports.accounts().addCaisseAdministrator(new Accounts.CaisseAdministrator(id, caisse.code(), person.login(),
                person.lastName(), person.firstName(), person.email()));
        TemporaryPasswords.Drawn temporary = passwords.draw(person.login().value());
        passwords.issue(id, temporary, person.email().value(),
                new MailParameters.CreationCompte(caisse.libelle(),
                Optional.of(person.login().value()), temporary.value(), temporary.validity()), now);
        AuditEvent created = AuditEvent.of(now, actor, AuditAction.USER_CREATED)
                .withScope(caisse.code().value())
                .withTarget("user:" + id.value())
                .withDetail("profil", "CAISSE_ADMIN")
                .withDetail("login", person.login().value());
        support.audit(sourceAddress == null ? created : created.withSourceAddress(sourceAddress));
        support.audit(TemporaryPasswords.issuedEvent(now, id).withScope(caisse.code().value()));
        return new AdministratorCreated(id.value(), person.login().value(), caisse.code().value(), caisse.libelle(),
                person.email().value(), temporary.value(), temporary.password().expiresAt());
    }
}
