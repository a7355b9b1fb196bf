package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import java.util.Optional;

/**
 * The new values of a user's modifiable fields, all of them (the form sends them all). The login
 * is not here: it never changes. The administrator right is changed by its own operations.
 */
public record UserChanges(LastName lastName, FirstName firstName, Optional<PhoneNumber> phone, EmailAddress email) {

    public UserChanges {
        Components.required(UserChanges.class, lastName, firstName, phone, email);
    }
}
