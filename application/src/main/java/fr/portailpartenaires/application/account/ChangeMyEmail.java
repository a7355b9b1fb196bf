package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * « Modifier mon adresse mail » (spec §2.4, CAF profile, offered on every profile): a logged-in user asks for a
 * new address, typed twice, with their current password; a single-use link valid 24 h is mailed to the NEW
 * address, and the address changes only when that link is confirmed; the old address is then told.
 */
@UseCase
public interface ChangeMyEmail {

    /** Mails the confirmation link to the new address; the account's address does not change yet. */
    Outcome<LinkSent> request(Principal principal, EmailChangeForm form, String sourceAddress);

    /**
     * Confirms the change with the token of the mailed link (no session needed: the token is the proof). An
     * unknown or already used token is not found; an expired one is gone.
     */
    Outcome<Confirmed> confirm(String token, String sourceAddress);

    /** The form: the new address twice and the current password. {@code toString()} hides the password. */
    record EmailChangeForm(
            @NotBlank(message = "La nouvelle adresse e-mail est obligatoire.") @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.") String nouvelleAdresse,
            @NotBlank(message = "La confirmation de l'adresse e-mail est obligatoire.") @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.") String confirmation,
            @NotBlank(message = "Le mot de passe actuel est obligatoire.") @Size(max = 256, message = "Le mot de passe actuel est incorrect.") String motDePasse) {

        @Override
        public String toString() {
            return "EmailChangeForm[nouvelleAdresse=" + nouvelleAdresse + ", confirmation=" + confirmation
                    + ", motDePasse=***]";
        }
    }

    /** @param message what to tell the user (French) */
    record LinkSent(String message) {
    }

    /** @param login the account whose address changed, @param email its new address, @param message French */
    record Confirmed(String login, String email, String message) {
    }
}
