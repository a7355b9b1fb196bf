package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.convention.ConventionId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A caisse administrator closes a validated convention of their caisse at an end date (spec §3.3, §3.4): from that
 * day on it is {@code CLOTUREE} and opens no service any more. The date is today or later; a later date may be moved
 * while the convention is still open. A convention of another caisse does not exist for them.
 */
@UseCase
public interface CloseConvention {

    Outcome<Closed> close(Principal caisseAdministrator, Closure closure, String sourceAddress);

    /**
     * @param convention    the convention to close
     * @param dateDeCloture the first day on which it is closed (Europe/Paris)
     */
    record Closure(@NotNull(message = "La convention est obligatoire.") ConventionId convention,
                   @NotNull(message = "La date de clôture est obligatoire.") LocalDate dateDeCloture) {
    }

    /** @param etat the état's label today (« validée » until the closure date, then « clôturée ») */
    record Closed(UUID id, String code, LocalDate dateDeCloture, String etat) {
    }
}
