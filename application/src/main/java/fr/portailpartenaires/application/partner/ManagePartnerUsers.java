package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A partner's administrator manages the partner's users (spec §3.2, seed « Utilisateurs » tab): lists
 * them with their logins, creates them (a mail brings each its temporary password), modifies them
 * (never the login), grants or revokes another user's administrator right, deletes a non-administrator.
 * Only an administrator of the partner may; a user of another partner is not found. The partner always
 * keeps at least one administrator, whatever the concurrency. The administrator may have a user's login
 * mailed to them again.
 */
@UseCase
public interface ManagePartnerUsers {

    /** The partner's users, ordered by login. */
    Outcome<List<UserView>> list(Principal principal);

    /** Creates the user, with a temporary password mailed to them (to change at first login). */
    Outcome<UserView> create(Principal principal, NewUserForm form, String sourceAddress);

    /** Replaces the user's nom, prénom, téléphone and e-mail; the login never changes. */
    Outcome<UserView> modify(Principal principal, UserId user, UserForm form, String sourceAddress);

    /**
     * The « Modifier » form of the Utilisateurs tab as one step: the user's data and their Administrateur box, all or
     * nothing — a refused right (one's own, the last administrator's) leaves the data unchanged too. The right's
     * change is notified by mail and audited as {@link #grantAdministration} / {@link #revokeAdministration} do.
     */
    Outcome<UserView> modify(Principal principal, UserId user, UserForm form, boolean administrateur,
            String sourceAddress);

    /** Makes another user an administrator (nothing changes if they already are); they are notified by mail. */
    Outcome<UserView> grantAdministration(Principal principal, UserId user, String sourceAddress);

    /** Takes the right from another administrator (never from oneself); they are notified by mail. */
    Outcome<UserView> revokeAdministration(Principal principal, UserId user, String sourceAddress);

    /** Deletes a user who is not an administrator; their sessions end at once. */
    Outcome<Deleted> delete(Principal principal, UserId user, String sourceAddress);

    /**
     * Mails the user their login (« Renvoi de l'identifiant », spec §7), to the address the partner holds
     * for them; no password is sent nor changed. Audited as {@code LOGIN_REMINDER_SENT}.
     */
    Outcome<UserView> resendLogin(Principal principal, UserId user, String sourceAddress);

    /** A user as the « Utilisateurs » tab lists them; {@code telephone} is empty when unknown. */
    record UserView(UUID id, String login, String nom, String prenom, String telephone, String email,
            boolean administrateur) {
    }

    record Deleted(UUID id, String login) {
    }

    /** The « Créer utilisateur » form: nom, prénom, login and e-mail are mandatory. */
    record NewUserForm(
            @NotBlank(message = "Le nom est obligatoire.") @Size(max = 50, message = "Le nom ne doit pas dépasser 50 caractères.") String nom,
            @NotBlank(message = "Le prénom est obligatoire.") @Size(max = 50, message = "Le prénom ne doit pas dépasser 50 caractères.") String prenom,
            @NotBlank(message = "L'identifiant est obligatoire.") @Size(max = 30, message = "L'identifiant doit comporter de 3 à 30 caractères.") String login,
            @Size(max = 20, message = "Le numéro de téléphone doit comporter 10 chiffres.") String telephone,
            @NotBlank(message = "L'adresse e-mail est obligatoire.") @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.") String email,
            boolean administrateur) {
    }

    /**
     * The modification form. {@code login} may be sent back as shown (it is then ignored) but never changed.
     */
    record UserForm(
            @NotBlank(message = "Le nom est obligatoire.") @Size(max = 50, message = "Le nom ne doit pas dépasser 50 caractères.") String nom,
            @NotBlank(message = "Le prénom est obligatoire.") @Size(max = 50, message = "Le prénom ne doit pas dépasser 50 caractères.") String prenom,
            @Size(max = 20, message = "Le numéro de téléphone doit comporter 10 chiffres.") String telephone,
            @NotBlank(message = "L'adresse e-mail est obligatoire.") @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.") String email,
            @Size(max = 30, message = "L'identifiant ne peut pas être modifié.") String login) {
    }
}
