package fr.portailpartenaires.domain.billing;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The caisse's payment of a global invoice (spec §5.2): date de paiement, référence du paiement,
 * amount and per-line detail. Its slip (bordereau de paiement) is shown to the partner
 * {@link #VISIBILITY_DELAY} after the payment date (from 00:00 Paris time that day).
 *
 * @param id           the payment's id (also the slip's)
 * @param invoiceId    the invoice paid
 * @param conventionId the invoice's convention
 * @param paidOn       la date de paiement
 * @param reference    la référence du paiement
 * @param amount       the amount paid: the sum of the lines
 * @param lines        one per invoice line paid, in the invoice's order
 * @param recordedAt   when the caisse recorded it
 */
public record Payment(UUID id, UUID invoiceId, UUID conventionId, LocalDate paidOn, String reference, Money amount,
        List<PaymentLine> lines, Instant recordedAt) {

    public static final Duration VISIBILITY_DELAY = Duration.ofHours(48);
    public static final int MAX_REFERENCE = 30;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/-]{0,29}");

    public static final Refusal WRONG_REFERENCE = Refusal.of("paiement.reference_invalide");
    public static final Refusal FUTURE_DATE = Refusal.of("paiement.date_future");
    public static final Refusal AMOUNT_MISMATCH = Refusal.of("paiement.montant_incoherent");
    public static final Refusal NO_LINE = Refusal.of("paiement.aucune_ligne");

    public Payment {
        Components.required(Payment.class, id, invoiceId, conventionId, paidOn, reference, amount, lines, recordedAt);
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("Invalid payment reference");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty() || !amount.equals(sum(lines))) {
            throw new IllegalArgumentException("A payment has lines and its amount is their sum");
        }
        Set<String> certificates = new HashSet<>();
        if (!lines.stream().allMatch(line -> certificates.add(line.certificateReference()))) {
            throw new IllegalArgumentException("A payment pays each certificate once");
        }
    }

    /**
     * The payment the caisse records, or why it cannot be: a reference of the allowed form, a date not after
     * {@code today}, at least one line, an amount equal to the sum of the lines.
     */
    public static Result<Payment> record(UUID id, UUID invoiceId, UUID conventionId, LocalDate paidOn,
            String reference, Money amount, List<PaymentLine> lines, Instant now, LocalDate today) {
        String trimmed = reference == null ? "" : reference.strip();
        if (!REFERENCE.matcher(trimmed).matches()) {
            return Result.refused(WRONG_REFERENCE);
        }
        if (paidOn.isAfter(today)) {
            return Result.refused(FUTURE_DATE);
        }
        if (lines.isEmpty()) {
            return Result.refused(NO_LINE);
        }
        if (!amount.equals(sum(lines))) {
            return Result.refused(AMOUNT_MISMATCH);
        }
        return Result.ok(new Payment(id, invoiceId, conventionId, paidOn, trimmed, amount, lines, now));
    }

    /** From when the partner sees the slip: 48 hours after the payment date (00:00 Paris time). */
    public Instant visibleFrom() {
        return paidOn.atStartOfDay(InvoicingRule.ZONE).toInstant().plus(VISIBILITY_DELAY);
    }

    public boolean isVisibleAt(Instant now) {
        return !now.isBefore(visibleFrom());
    }

    private static Money sum(List<PaymentLine> lines) {
        return lines.stream().map(PaymentLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
