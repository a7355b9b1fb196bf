package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.GrantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * « Affecter un rôle à un utilisateur habilité » (spec §6.4, « Administration des profils »): only the active
 * members of AFAS-HAB grant the roles (approbateur, fournisseurs de données) on activities or places, and end them.
 * Naming an approver asks the CAF to validate them (mailed to the CAF's administrators); until then their grants
 * wait. Another partner's convention does not exist for them. The dates come read by the edge.
 */
@UseCase
public interface GrantAfasRoles {

    /** « Affecter un rôle à un utilisateur habilité »: one grant per activity or place of the scope. */
    Outcome<GrantsMade> grant(Principal principal, AfasConventionId convention, GrantForm form, String sourceAddress);

    /** Ends a grant (the search's action). */
    Outcome<GrantLine> endGrant(Principal principal, AfasConventionId convention, GrantId grant, GrantEndForm form,
            String sourceAddress);

    /**
     * The grant form: {@code portee} {@code ACTIVITES} or {@code LIEUX}; the items by id, or the « sélectionner
     * tout » helpers: {@code toutesLesActivites}, {@code tousLesLieux} (every place of every activity),
     * {@code lieuxDesActivites} (every place of these activities).
     */
    record GrantForm(
            @NotBlank(message = "L'utilisateur est obligatoire.") @Size(max = 36, message = "Utilisateur inconnu.") String utilisateur,
            @NotBlank(message = "Le rôle est obligatoire.") @Size(max = 60, message = "Rôle inconnu.") String role,
            @NotNull(message = "La date de début (à partir du) est obligatoire.") LocalDate aPartirDu,
            LocalDate jusquAu,
            @NotBlank(message = "La portée est obligatoire : des activités ou des lieux d'implantation.") @Size(max = 20, message = "La portée est ACTIVITES ou LIEUX.") String portee,
            List<String> activites, List<String> lieux, boolean toutesLesActivites, boolean tousLesLieux,
            List<String> lieuxDesActivites) {
    }

    record GrantEndForm(
            @NotNull(message = "La date de fin est obligatoire.") LocalDate dateFin) {
    }

    /**
     * One grant, or ({@code etat} « Non attribué ») a role nobody holds on an activity or place.
     *
     * @param enAttenteValidationCaf whether the CAF has still to validate the approver (the adapters mark the start
     *                               « 30/08/2018* »)
     */
    record GrantLine(UUID id, String role, String codeRole, UUID utilisateur, String nomUtilisateur,
            String portee, String libellePortee, LocalDate debut, LocalDate fin, String etat,
            boolean enAttenteValidationCaf) {
    }

    record GrantsMade(String message, List<GrantLine> habilitations, boolean enAttenteValidationCaf) {
    }
}
