package fr.portailpartenaires.application.contact;

import fr.portailpartenaires.application.shared.FormFields;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;

/**
 * « Nous contacter » (spec §2.4): a message to the portal's functional assistance, mailed to its
 * address and kept. A visitor types a captcha; a logged-in user does not. Throttled per source address.
 */
@UseCase
public interface ContactAssistance {

    String SENT = "Votre message a bien été transmis à l'assistance du portail.";

    /**
     * @param sender the logged-in caller, if any (no captcha then)
     */
    Outcome<Sent> send(ContactForm form, Optional<Principal> sender, String sourceAddress);

    /**
     * The form as typed, with the seed's fields (spec §10.2); no control character anywhere but line breaks and tabs
     * in the message.
     *
     * @param departement the sender's département, as they write it (« 62 », « Pas-de-Calais »)
     */
    record ContactForm(
            @NotBlank(message = "Le numéro de convention est obligatoire.")
            @Size(max = 12, message = "Le numéro de convention compte au plus 12 caractères.")
            String numeroConvention,
            @Size(max = 100, message = "L'institution ne doit pas dépasser 100 caractères.")
            String institution,
            @Size(max = 50, message = "Le département ne doit pas dépasser 50 caractères.")
            String departement,
            @NotBlank(message = "Le nom est obligatoire.")
            @Size(max = 100, message = "Le nom ne doit pas dépasser 100 caractères.")
            String nom,
            @Size(max = 50, message = "Le prénom ne doit pas dépasser 50 caractères.")
            String prenom,
            @FormFields.RequiredEmail String email,
            @NotBlank(message = "Le téléphone est obligatoire.")
            String telephone,
            @NotBlank(message = "L'objet est obligatoire.")
            @Size(max = 150, message = "L'objet ne doit pas dépasser 150 caractères.")
            String objet,
            @NotBlank(message = "Le message est obligatoire.")
            @Size(max = 5000, message = "Le message ne doit pas dépasser 5000 caractères.")
            String message,
            UUID captchaId,
            @Size(max = 20, message = "Le code de sécurité saisi est incorrect.")
            String captcha) {
    }

    /** @param message {@link #SENT} */
    record Sent(UUID id, String message) {
    }
}
