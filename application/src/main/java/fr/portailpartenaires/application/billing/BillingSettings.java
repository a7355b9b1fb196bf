package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.domain.shared.Money;
import java.util.Objects;

/**
 * Billing options of a deployment.
 *
 * @param defaultTariff the amount of an invoice line for a convention without a tariff of its own (table
 *                      {@code convention_tariff_period}); {@link #DEFAULT}: 80,00 €
 */
public record BillingSettings(Money defaultTariff) {

    public static final BillingSettings DEFAULT = new BillingSettings(Money.of("80,00"));

    public BillingSettings {
        Objects.requireNonNull(defaultTariff, "defaultTariff");
    }

    /** An amount as the API writes it: euros, a dot, two decimals ({@code 175.50}). */
    static String decimal(Money amount) {
        return amount.cents() / 100 + "." + String.format(java.util.Locale.ROOT, "%02d", amount.cents() % 100);
    }
}
