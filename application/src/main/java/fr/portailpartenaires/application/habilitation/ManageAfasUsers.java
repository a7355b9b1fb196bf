package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.habilitation.GrantAfasRoles.GrantLine;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * « Liste des utilisateurs » of an AFAS convention (spec §6.3): any user of the partner reads the convention's users
 * and the detail of one; the partner's administrators create users (each gets an identifier generated from the
 * convention's prefix and a temporary password by mail), modify and close them. Another partner's convention does
 * not exist for them. The dates come read by the edge.
 */
@UseCase
public interface ManageAfasUsers {

    /** « Liste des utilisateurs », by identifier, filtered by identifiant / nom / prénom (contained) and groupe. */
    Outcome<List<UserView>> users(Principal principal, AfasConventionId convention, UserFilter filter);

    /** « Détail de l'utilisateur »: their groups and their grants. */
    Outcome<UserDetail> user(Principal principal, AfasConventionId convention, UserId user);

    /** « Créer un utilisateur partenaire ». */
    Outcome<UserView> createUser(Principal principal, AfasConventionId convention, NewUserForm form,
            String sourceAddress);

    /**
     * « Modifier » a user (the partner's administrators): the creation form's fields, the e-mail and the phone typed
     * twice; a blank opening date keeps the current one; the identifier never changes. An address used by another
     * AFAS user is refused.
     */
    Outcome<UserView> modifyUser(Principal principal, AfasConventionId convention, UserId user, NewUserForm form,
            String sourceAddress);

    /**
     * « Supprimer » a user (the partner's administrators): closes their account on the date (today or later, not
     * before their opening); from that day they can no longer log in and lose their session and their grants.
     */
    Outcome<UserView> closeUser(Principal principal, AfasConventionId convention, UserId user, UserClosingForm form,
            String sourceAddress);

    record UserFilter(String identifiant, String nom, String prenom, String groupe) {

        public static final UserFilter NONE = new UserFilter(null, null, null, null);
    }

    /**
     * « Créer un utilisateur partenaire »: the e-mail (and the phone, when given) typed twice; {@code poste}
     * {@code SEDENTAIRE} (default) or {@code ITINERANT}; the opening date defaults to today.
     */
    record NewUserForm(
            @NotBlank(message = "Le nom est obligatoire.") @Size(max = 50, message = "Le nom ne doit pas dépasser 50 caractères.") String nom,
            @NotBlank(message = "Le prénom est obligatoire.") @Size(max = 50, message = "Le prénom ne doit pas dépasser 50 caractères.") String prenom,
            @NotBlank(message = "L'adresse mail est obligatoire.") @Size(max = 254, message = "L'adresse mail ne doit pas dépasser 254 caractères.") String email,
            @NotBlank(message = "La confirmation de l'adresse mail est obligatoire.") @Size(max = 254, message = "L'adresse mail ne doit pas dépasser 254 caractères.") String confirmationEmail,
            @Size(max = 20, message = "Le numéro de téléphone doit comporter 10 chiffres.") String telephone,
            @Size(max = 20, message = "Le numéro de téléphone doit comporter 10 chiffres.") String confirmationTelephone,
            @Size(max = 20, message = "Le poste est SEDENTAIRE ou ITINERANT.") String poste,
            LocalDate dateOuverture,
            LocalDate dateCloture) {
    }

    record UserClosingForm(
            @NotNull(message = "La date de clôture est obligatoire.") LocalDate dateCloture) {
    }

    /**
     * A line of the users' list; {@code groupes} are the codes of their open memberships, {@code clos} whether the
     * user is closed today (the adapters say « Clôturé », else « Ouvert »).
     */
    record UserView(UUID id, String identifiant, String nom, String prenom, String email, String telephone,
            String poste, LocalDate dateOuverture, LocalDate dateCloture, boolean clos, List<String> groupes) {
    }

    /** @param clos whether the membership is closed today */
    record MembershipView(String groupe, String libelle, LocalDate dateOuverture, LocalDate dateCloture,
            boolean clos) {
    }

    /**
     * « Visualiser un utilisateur partenaire ».
     *
     * @param habilitations the grants of the user (every état)
     */
    record UserDetail(UserView utilisateur, boolean utilisateurActif, List<MembershipView> appartenances,
            List<GrantLine> habilitations) {
    }
}
