package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.GrantId;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The partner's side of the AFAS service (spec §6.1–§6.4, « Mon Compte Partenaire »): its conventions, their groups
 * and users, the users' group memberships and role grants (habilitations d'action sociale) and their search.
 * Any user of the partner reads; the partner's administrators create users (each gets a generated identifier and a
 * temporary password by mail); only the active members of AFAS-HAB manage memberships and grants — the
 * administrator may add themself to AFAS-HAB. Another partner's convention does not exist for them. Dates are ISO
 * ({@code 2018-08-30}) or French ({@code 30/08/2018}).
 */
@UseCase
public interface ManageAfasHabilitations {

    /** « Consulter les conventions », with its filters (each optional). */
    Outcome<List<ConventionView>> conventions(Principal principal, ConventionFilter filter);

    /** « Détail de la convention »: the convention, its groups and its activities with their places. */
    Outcome<ConventionDetail> convention(Principal principal, AfasConventionId convention);

    /** « Liste des utilisateurs », by identifier, filtered by identifiant / nom / prénom (contained) and groupe. */
    Outcome<List<UserView>> users(Principal principal, AfasConventionId convention, UserFilter filter);

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

    /** « Détail de l'utilisateur »: their groups and their grants. */
    Outcome<UserDetail> user(Principal principal, AfasConventionId convention, UserId user);

    /** « Ajouter à un groupe ». */
    Outcome<UserDetail> addMembership(Principal principal, AfasConventionId convention, MembershipForm form,
            String sourceAddress);

    /** « Gérer l'appartenance de l'utilisateur »: closes a membership on a date. */
    Outcome<UserDetail> closeMembership(Principal principal, AfasConventionId convention, MembershipClosingForm form,
            String sourceAddress);

    /** « Affecter un rôle à un utilisateur habilité »: one grant per activity or place of the scope. */
    Outcome<GrantsMade> grant(Principal principal, AfasConventionId convention, GrantForm form, String sourceAddress);

    /** Ends a grant (the search's action). */
    Outcome<GrantLine> endGrant(Principal principal, AfasConventionId convention, GrantId grant, GrantEndForm form,
            String sourceAddress);

    /** « Habilitations d'action sociale »: grants and gaps by activity and place. */
    Outcome<SearchResult> search(Principal principal, AfasConventionId convention, SearchForm form);

    // ---------------------------------------------------------------- forms

    record ConventionFilter(String libelle, String statut, String cafPivot, String etat) {

        public static final ConventionFilter NONE = new ConventionFilter(null, null, null, null);
    }

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
            @Size(max = 10, message = "Date attendue au format JJ/MM/AAAA.") String dateOuverture,
            @Size(max = 10, message = "Date attendue au format JJ/MM/AAAA.") String dateCloture) {
    }

    record UserClosingForm(
            @NotBlank(message = "La date de clôture est obligatoire.") @Size(max = 10, message = "Date attendue au format JJ/MM/AAAA.") String dateCloture) {
    }

    record MembershipForm(
            @NotBlank(message = "L'utilisateur est obligatoire.") @Size(max = 36, message = "Utilisateur inconnu.") String utilisateur,
            @NotBlank(message = "Le groupe est obligatoire.") @Size(max = 20, message = "Groupe inconnu : AFAS-HAB ou AFAS-DEC.") String groupe,
            @Size(max = 10, message = "Date attendue au format JJ/MM/AAAA.") String dateOuverture,
            @Size(max = 10, message = "Date attendue au format JJ/MM/AAAA.") String dateCloture) {
    }

    record MembershipClosingForm(
            @NotBlank(message = "L'utilisateur est obligatoire.") @Size(max = 36, message = "Utilisateur inconnu.") String utilisateur,
            @NotBlank(message = "Le groupe est obligatoire.") @Size(max = 20, message = "Groupe inconnu : AFAS-HAB ou AFAS-DEC.") String groupe,
            @NotBlank(message = "La date de clôture est obligatoire.") @Size(max = 10, message = "Date attendue au format JJ/MM/AAAA.") String dateCloture) {
    }

    /**
     * The grant form: {@code portee} {@code ACTIVITES} or {@code LIEUX}; the items by id, or the « sélectionner
     * tout » helpers: {@code toutesLesActivites}, {@code tousLesLieux} (every place of every activity),
     * {@code lieuxDesActivites} (every place of these activities).
     */
    record GrantForm(
            @NotBlank(message = "L'utilisateur est obligatoire.") @Size(max = 36, message = "Utilisateur inconnu.") String utilisateur,
            @NotBlank(message = "Le rôle est obligatoire.") @Size(max = 60, message = "Rôle inconnu.") String role,
            @NotBlank(message = "La date de début (à partir du) est obligatoire.") @Size(max = 10, message = "Date attendue au format JJ/MM/AAAA.") String aPartirDu,
            @Size(max = 10, message = "Date attendue au format JJ/MM/AAAA.") String jusquAu,
            @NotBlank(message = "La portée est obligatoire : des activités ou des lieux d'implantation.") @Size(max = 20, message = "La portée est ACTIVITES ou LIEUX.") String portee,
            List<String> activites, List<String> lieux, boolean toutesLesActivites, boolean tousLesLieux,
            List<String> lieuxDesActivites) {
    }

    record GrantEndForm(
            @NotBlank(message = "La date de fin est obligatoire.") @Size(max = 10, message = "Date attendue au format JJ/MM/AAAA.") String dateFin) {
    }

    /**
     * The search criteria: {@code etats} is mandatory (ACTIF, HISTORIQUE, INACTIF, NON_ATTRIBUE); {@code lieux}
     * « Lieux d'implantation oui/non » (default oui).
     */
    record SearchForm(List<String> etats, String utilisateur, String role, String activite, String type,
            String nature, Boolean lieux) {
    }

    // ---------------------------------------------------------------- views

    /** A line of « Consulter les conventions », with the « Autres actions » offered. */
    record ConventionView(UUID id, String libelle, String cafPivot, String partenaire, LocalDate dateOuverture,
            LocalDate dateCloture, String statut, String etat, List<String> actions) {
    }

    record GroupView(String code, String libelle, int niveau, LocalDate dateOuverture, LocalDate dateCloture,
            String statut) {
    }

    record PlaceView(UUID id, String libelle) {
    }

    record ActivityView(UUID id, String libelle, String type, String nature, List<PlaceView> lieux) {
    }

    record ConventionDetail(ConventionView convention, List<GroupView> groupes, List<ActivityView> activites) {
    }

    /** A line of the users' list; {@code groupes} are the codes of their open memberships. */
    record UserView(UUID id, String identifiant, String nom, String prenom, String email, String telephone,
            String poste, LocalDate dateOuverture, LocalDate dateCloture, String statut, List<String> groupes) {
    }

    record MembershipView(String groupe, String libelle, LocalDate dateOuverture, LocalDate dateCloture,
            String statut) {
    }

    /**
     * « Visualiser un utilisateur partenaire ».
     *
     * @param habilitations the grants of the user (every état)
     */
    record UserDetail(UserView utilisateur, boolean utilisateurActif, List<MembershipView> appartenances,
            List<GrantLine> habilitations) {
    }

    /**
     * One grant, or ({@code etat} « Non attribué ») a role nobody holds on an activity or place.
     *
     * @param debutAffiche the start as shown: « 30/08/2018* » while the CAF has not validated the approver
     */
    record GrantLine(UUID id, String role, String codeRole, UUID utilisateur, String nomUtilisateur,
            String portee, String libellePortee, LocalDate debut, LocalDate fin, String debutAffiche, String etat,
            boolean enAttenteValidationCaf) {
    }

    record GrantsMade(String message, List<GrantLine> habilitations, boolean enAttenteValidationCaf) {
    }

    /** « Activité : ESC Farandole Istres » / « Lieu d'implantation : ESC L'éclair ». */
    record Section(String type, UUID id, String libelle, List<GrantLine> lignes) {
    }

    /**
     * @param message « Aucun résultat correspondant au(x) critère(s) de recherche. » when nothing matched
     * @param note    « (*) En attente de validation par votre CAF. » when an approver waits
     */
    record SearchResult(List<Section> sections, String message, String note) {
    }
}
