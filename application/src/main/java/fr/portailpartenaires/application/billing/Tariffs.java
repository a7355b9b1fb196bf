package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * The tariff of each convention: the amount of one invoice line. A convention without a tariff of its own is
 * billed at the settings' default tariff ({@code BillingSettings}).
 */
public interface Tariffs {

    Optional<Money> of(UUID conventionId);

    /** Sets (or replaces) the tariff of a convention. */
    void set(UUID conventionId, Money tariff);
}
