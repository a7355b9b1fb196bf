package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;
import java.util.Optional;

/**
 * What the « Nous contacter » form of the seeds asks besides the name, e-mail and message (spec §10.2): the
 * sender's convention number and telephone, and optionally their institution, département and first name. Texts as
 * checked by the use case (trimmed, capped, one line).
 *
 * @param phone the telephone as shown, {@code 03 02 01 05 09}
 */
public record ContactDetails(String conventionNumber, Optional<String> institution, Optional<String> departement,
        Optional<String> firstName, String phone) {

    public ContactDetails {
        Components.required(ContactDetails.class, conventionNumber, institution, departement, firstName, phone);
    }
}
