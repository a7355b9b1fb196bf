package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserDetail;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The users' memberships of the groups AFAS-HAB and AFAS-DEC (spec §6.3, « Ajouter à un groupe », « Gérer
 * l'appartenance de l'utilisateur »): only the active members of AFAS-HAB manage them — the partner's administrator
 * may add themself to AFAS-HAB. Another partner's convention does not exist for them. The dates come read
 * by the edge.
 */
@UseCase
public interface ManageAfasMemberships {

    /** « Ajouter à un groupe ». */
    Outcome<UserDetail> addMembership(Principal principal, AfasConventionId convention, MembershipForm form,
            String sourceAddress);

    /** « Gérer l'appartenance de l'utilisateur »: closes a membership on a date. */
    Outcome<UserDetail> closeMembership(Principal principal, AfasConventionId convention, MembershipClosingForm form,
            String sourceAddress);

    record MembershipForm(
            @NotBlank(message = "L'utilisateur est obligatoire.") @Size(max = 36, message = "Utilisateur inconnu.") String utilisateur,
            @NotBlank(message = "Le groupe est obligatoire.") @Size(max = 20, message = "Groupe inconnu : AFAS-HAB ou AFAS-DEC.") String groupe,
            LocalDate dateOuverture,
            LocalDate dateCloture) {
    }

    record MembershipClosingForm(
            @NotBlank(message = "L'utilisateur est obligatoire.") @Size(max = 36, message = "Utilisateur inconnu.") String utilisateur,
            @NotBlank(message = "Le groupe est obligatoire.") @Size(max = 20, message = "Groupe inconnu : AFAS-HAB ou AFAS-DEC.") String groupe,
            @NotNull(message = "La date de clôture est obligatoire.") LocalDate dateCloture) {
    }
}
