package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One role granted to one user on one activity or place, from a date (« à partir du »), until an optional end.
 * An approver grant belongs to the validation request sent to the CAF and is pending until the CAF validates it.
 */
public record Grant(GrantId id, UserId user, Role role, Target target, Period period,
        Optional<ValidationRequestId> request, Optional<LocalDate> validatedOn) {

    public Grant {
        Components.required(Grant.class, id, user, role, target, period, request, validatedOn);
        if (target instanceof Target.OnPlace && !role.allowsPlaces()) {
            throw new IllegalArgumentException("Only the activity data provider is granted on places");
        }
        if (role.needsCafValidation() != request.isPresent()) {
            throw new IllegalArgumentException("An approver grant, and only it, belongs to a validation request");
        }
    }

    /** « (*) En attente de validation par votre CAF ». */
    public boolean pendingCafValidation() {
        return role.needsCafValidation() && validatedOn.isEmpty();
    }
}
