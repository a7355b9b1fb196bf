package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The flat fee of each convention's service, from an effective date (spec §3.4): a history, the amount of one
 * invoice line being the fee in force on the transmission date. A convention without a fee of its own is billed at
 * the settings' default tariff ({@code BillingSettings}).
 */
public interface Tariffs {

    /** Since always: the first day a fee set without a date is in force. */
    LocalDate SINCE_ALWAYS = LocalDate.of(1900, 1, 1);

    /** A fee and the first day it is in force. */
    record Period(LocalDate effectiveFrom, Money amount) {
    }

    /** The fee in force on that day: the one of the latest effective date on or before it. */
    Optional<Money> on(UUID conventionId, LocalDate day);

    /** Sets the fee from that day on (replacing the fee set for that same day, if any). */
    void set(UUID conventionId, Money tariff, LocalDate effectiveFrom);

    /** The convention's fees, by effective date. */
    List<Period> history(UUID conventionId);

    /** Sets the fee since always (demo data, tests). */
    default void set(UUID conventionId, Money tariff) {
        set(conventionId, tariff, SINCE_ALWAYS);
    }
}
