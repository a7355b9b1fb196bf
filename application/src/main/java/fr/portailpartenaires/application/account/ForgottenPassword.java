package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.FormFields;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * « Mot de passe oublié » (spec §2.4): a visitor types a login, the account's e-mail address and a
 * captcha; when the pair matches an account, a temporary password is mailed to it (limited validity,
 * change forced at the next login) and every open session of the account ends.
 *
 * <p>No enumeration: the answer is the same ({@link #ANSWER}) whether or not the pair matches, and the
 * work done is the same (one password hash either way). Requests are throttled per source address
 * ({@code TOO_MANY_REQUESTS}, with the wait); an account receives at most a few mails a day, silently.
 */
@UseCase
public interface ForgottenPassword {

    String ANSWER = "Si l'identifiant et l'adresse e-mail saisis correspondent à un compte, un mot de passe temporaire"
            + " vient d'être envoyé à cette adresse. Vous devrez le changer à votre prochaine connexion.";

    /** Answers {@link Requested} with {@link #ANSWER} whether or not the pair matches an account. */
    Outcome<Requested> request(Request request, String sourceAddress);

    /** The form as typed; only presence and length are checked, so a malformed value is just a pair that does not match. */
    record Request(
            @NotBlank(message = "L'identifiant est obligatoire.")
            @Size(max = 128, message = "L'identifiant ne doit pas dépasser 128 caractères.")
            String login,
            @FormFields.RequiredEmail String email,
            UUID captchaId,
            @FormFields.RequiredCaptcha String captcha) {
    }

    /** @param message always {@link #ANSWER} */
    record Requested(String message) {
    }
}
