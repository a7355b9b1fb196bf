package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.convention.ConventionId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A caisse administrator sets the flat fee of the service of one of its conventions from an effective date (spec
 * §3.4): a history of fees; invoicing takes the one in force on the transmission date, the default tariff when
 * none is. A convention of another caisse does not exist for them.
 */
@UseCase
public interface ManageTariffs {

    /** Sets the fee from its date on (today or later); answers the convention's fees. */
    Outcome<List<TariffView>> setTariff(Principal caisseAdministrator, ConventionId convention, TariffForm form,
            String sourceAddress);

    /** The convention's fees by effective date. */
    Outcome<List<TariffView>> tariffs(Principal caisseAdministrator, ConventionId convention);

    /** @param montant in euros, as typed ({@code 80}, {@code 80,00}, {@code 95.50}) */
    record TariffForm(@NotBlank(message = "Le montant est obligatoire.") String montant,
                      @NotNull(message = "La date d'effet est obligatoire.") LocalDate dateEffet) {
    }

    /** @param montant shown as {@code 80,00 €} */
    record TariffView(LocalDate dateEffet, long montantCentimes, String montant) {
    }
}
