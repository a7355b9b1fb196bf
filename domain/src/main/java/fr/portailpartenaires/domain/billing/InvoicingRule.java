package fr.portailpartenaires.domain.billing;

import fr.portailpartenaires.domain.shared.BusinessTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * When a convention's open lines become a global invoice (spec §5.1, manuel ergothérapeutes §4.1.4):
 * « une facture globale est générée 48 heures après transmission si 50 lignes de facture ou plus sont
 * créées ; dans le cas contraire, la facture globale est générée hebdomadairement ».
 *
 * <p>Read as: when a transmission brings the open lines to {@value #THRESHOLD} or more, they are invoiced
 * {@link #DELAY} after that transmission; otherwise the open lines are invoiced at the weekly invoicing,
 * every Monday at 00:00 (Paris time), when at least one of them was transmitted before it. Either way the
 * invoice gathers every line still open when it is generated.
 */
public final class InvoicingRule {

    public static final int THRESHOLD = 50;
    public static final Duration DELAY = Duration.ofHours(48);
    public static final DayOfWeek WEEKLY_DAY = DayOfWeek.MONDAY;
    public static final ZoneId ZONE = BusinessTime.ZONE;

    private InvoicingRule() {
    }

    /** The invoice due for these open lines at {@code now}, and why; empty when it is not due yet. */
    public static Optional<InvoiceTrigger> due(OpenLines open, Instant now) {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(now, "now");
        if (open.thresholdReachedAt().filter(reached -> !now.isBefore(reached.plus(DELAY))).isPresent()) {
            return Optional.of(InvoiceTrigger.SEUIL_ATTEINT);
        }
        if (open.oldestTransmission().isBefore(lastWeeklyInvoicing(now))) {
            return Optional.of(InvoiceTrigger.HEBDOMADAIRE);
        }
        return Optional.empty();
    }

    /** The instant these open lines will be due (if nothing changes): the earlier of the two rules. */
    public static Instant dueAt(OpenLines open) {
        Instant weekly = nextWeeklyInvoicing(open.oldestTransmission());
        return open.thresholdReachedAt().map(reached -> reached.plus(DELAY))
                .filter(threshold -> threshold.isBefore(weekly))
                .orElse(weekly);
    }

    /** The latest weekly invoicing at or before {@code now}: Monday 00:00, Paris time. */
    public static Instant lastWeeklyInvoicing(Instant now) {
        ZonedDateTime local = now.atZone(ZONE);
        return local.toLocalDate().with(TemporalAdjusters.previousOrSame(WEEKLY_DAY)).atStartOfDay(ZONE).toInstant();
    }

    /** The first weekly invoicing strictly after {@code instant}. */
    public static Instant nextWeeklyInvoicing(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        return local.toLocalDate().with(TemporalAdjusters.next(WEEKLY_DAY)).atStartOfDay(ZONE).toInstant();
    }
}
