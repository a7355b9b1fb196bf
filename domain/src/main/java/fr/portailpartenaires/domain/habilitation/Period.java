package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date d'ouverture and an optional date de clôture (of a convention, a group, a user, a membership or a grant).
 * It is open on a day from its start until the day before its end: from the closing date on it is closed.
 */
public record Period(LocalDate start, Optional<LocalDate> end) {

    public Period {
        Components.required(Period.class, start, end);
        if (end.filter(day -> day.isBefore(start)).isPresent()) {
            throw new IllegalArgumentException("A period cannot end before it starts: " + start + " .. " + end);
        }
    }

    /** The period, or {@link HabilitationRefusal#DATES_IN_WRONG_ORDER} when it would end before it starts. */
    public static Result<Period> of(LocalDate start, Optional<LocalDate> end) {
        if (end.filter(day -> day.isBefore(start)).isPresent()) {
            return Result.refused(HabilitationRefusal.DATES_IN_WRONG_ORDER.refusal());
        }
        return Result.ok(new Period(start, end));
    }

    public static Period from(LocalDate start) {
        return new Period(start, Optional.empty());
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(start) && !isEndedOn(day);
    }

    /** True when some day is open in both (each runs from its start until the day before its end). */
    public boolean overlaps(Period other) {
        boolean startsBeforeOtherEnds = other.end.map(start::isBefore).orElse(true);
        boolean otherStartsBeforeThisEnds = end.map(other.start::isBefore).orElse(true);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** True from the closing date on. */
    public boolean isEndedOn(LocalDate day) {
        return end.filter(last -> !day.isBefore(last)).isPresent();
    }

    /** The same period closed on {@code day}, or {@link HabilitationRefusal#DATES_IN_WRONG_ORDER} before its start. */
    public Result<Period> closedOn(LocalDate day) {
        return of(start, Optional.of(day));
    }
}
