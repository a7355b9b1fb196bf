package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The date of the occupational therapist's visit (the forms type it {@code JJ/MM/AAAA}, the edge reads it). Whether it
 * fits an order (not before the date de commande, not in the future) is checked by {@link #validFor}, when a
 * certificate is saved with a date and when it is transmitted.
 *
 * @param value the calendar date of the visit
 */
public record VisitDate(LocalDate value) {

    public VisitDate {
        Objects.requireNonNull(value, "value");
    }

    /** This date if the visit can have happened for an order of {@code dateDeCommande}, as of today by {@code clock}. */
    public Result<VisitDate> validFor(LocalDate dateDeCommande, Clock clock) {
        if (value.isBefore(dateDeCommande)) {
            return Result.refused(beforeOrder());
        }
        if (value.isAfter(BusinessTime.today(clock))) {
            return Result.refused("date_visite.future");
        }
        return Result.ok(this);
    }

    /** The {@code JJ/MM/AAAA} rendering, e.g. {@code 05/03/2024}. */
    public String format() {
        return TypedDates.JJ_MM_AAAA.format(value);
    }

    static Refusal beforeOrder() {
        return Refusal.of("date_visite.anterieure_commande");
    }
}
