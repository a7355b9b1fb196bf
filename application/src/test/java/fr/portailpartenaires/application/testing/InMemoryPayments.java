package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.billing.Payments;
import fr.portailpartenaires.domain.billing.Payment;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Payments} in memory: one payment per invoice. */
public final class InMemoryPayments implements Payments {

    private final Map<UUID, Payment> payments = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(Payment payment) {
        if (ofInvoice(payment.invoiceId()).isPresent()) {
            return false;
        }
        payments.put(payment.id(), payment);
        return true;
    }

    @Override
    public synchronized Optional<Payment> find(UUID paymentId) {
        return Optional.ofNullable(payments.get(paymentId));
    }

    @Override
    public synchronized Optional<Payment> ofInvoice(UUID invoiceId) {
        return payments.values().stream().filter(payment -> payment.invoiceId().equals(invoiceId)).findFirst();
    }

    @Override
    public synchronized List<Payment> visibleOf(UUID conventionId, Instant now, int limit) {
        return payments.values().stream()
                .filter(payment -> payment.conventionId().equals(conventionId) && payment.isVisibleAt(now))
                .sorted(Comparator.comparing(Payment::paidOn).reversed()
                        .thenComparing(payment -> payment.id().toString()))
                .limit(limit)
                .toList();
    }
}
