package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The CAF's validation of the approvers the partners name (spec §6.4): an administrator of a CAF sees the requests
 * waiting for their CAF and validates one with the declaration deadline, which activates the approver's grants and
 * mails them the « appel d'échéance de déclaration ». Another CAF's conventions do not exist for them.
 */
@UseCase
public interface ValidateAfasApprovers {

    /** The approver validation requests waiting for this CAF, oldest first. */
    Outcome<List<ApproverRequest>> pendingApprovers(Principal caf);

    /** Validates an approver: their grants become active and they receive the call for the declaration deadline. */
    Outcome<ApproverRequest> validateApprover(Principal caf, AfasConventionId convention, ValidationRequestId request,
            ApproverValidationForm form, String sourceAddress);

    /** The declaration deadline. */
    record ApproverValidationForm(
            @NotNull(message = "La date d'échéance de déclaration est obligatoire.") LocalDate dateEcheance) {
    }

    /**
     * A request to validate an approver, as the CAF sees it.
     *
     * @param activites the libellés of the activities the approver is named on
     */
    record ApproverRequest(UUID id, UUID convention, String libelleConvention, String partenaire, UUID utilisateur,
            String identifiant, String approbateur, List<String> activites, LocalDate demandeeLe, LocalDate valideeLe,
            LocalDate dateEcheance) {
    }
}
