package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Optional;

/**
 * A user of an AFAS convention (« Créer un utilisateur partenaire », spec §6.3): the generated identifier is their
 * login; whether they are closed derives from the period.
 */
public record AfasUser(UserId id, Login identifier, LastName lastName, FirstName firstName, EmailAddress email,
        Optional<PhoneNumber> phone, WorkStyle workStyle, Period period) {

    public AfasUser {
        Components.required(AfasUser.class, id, identifier, lastName, firstName, email, phone, workStyle, period);
    }

    /** « Rocu Blandine », as the grants table shows a user. */
    public String displayName() {
        return lastName.value() + " " + firstName.value();
    }
}
