package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Optional;

/**
 * A user of a partner, as listed in its "Utilisateurs" tab, or as typed in the "Créer utilisateur" form
 * to add one ({@link Partner#createUser}). The caller chooses the {@link UserId} ({@link UserId#random()})
 * so that the domain stays deterministic. Only the {@link Partner} changes its users, so that its rules
 * (at least one administrator, unique logins) always hold.
 */
public record PartnerUser(
        UserId id,
        Login login,
        LastName lastName,
        FirstName firstName,
        Optional<PhoneNumber> phone,
        EmailAddress email,
        boolean administrator) {

    public PartnerUser {
        Components.required(PartnerUser.class, id, login, lastName, firstName, phone, email, administrator);
    }

    PartnerUser withAdministrator(boolean right) {
        return new PartnerUser(id, login, lastName, firstName, phone, email, right);
    }

    PartnerUser with(UserChanges changes) {
        return new PartnerUser(id, login, changes.lastName(), changes.firstName(), changes.phone(), changes.email(),
                administrator);
    }
}
