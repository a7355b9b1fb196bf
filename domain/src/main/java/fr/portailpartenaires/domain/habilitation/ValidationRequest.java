package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The request sent to the CAF to validate an approver (every change of approver makes a new one); once validated,
 * the CAF sends the approver the « appel d'échéance de déclaration » with the declaration deadline.
 */
public record ValidationRequest(ValidationRequestId id, UserId approver, List<ActivityId> activities,
        LocalDate requestedOn, Optional<LocalDate> validatedOn, Optional<LocalDate> deadline) {

    public ValidationRequest {
        Components.required(ValidationRequest.class, id, approver, activities, requestedOn, validatedOn, deadline);
        activities = List.copyOf(activities);
        if (validatedOn.isPresent() != deadline.isPresent()) {
            throw new IllegalArgumentException("A validated request has its declaration deadline, a pending one none");
        }
    }

    public boolean isPending() {
        return validatedOn.isEmpty();
    }
}
