package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * A user to add to a partner, as typed in the "Créer utilisateur" form. The caller chooses the
 * {@link UserId} ({@link UserId#random()}) so that the domain stays deterministic.
 */
public record NewUser(
        UserId id,
        Login login,
        LastName lastName,
        FirstName firstName,
        Optional<PhoneNumber> phone,
        EmailAddress email,
        boolean administrator) {

    public NewUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
    }
}
