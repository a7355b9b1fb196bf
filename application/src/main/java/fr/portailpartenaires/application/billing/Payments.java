package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.domain.billing.Payment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The caisses' payments of global invoices, which are also the partners' payment slips (spec §5.2). */
public interface Payments {

    /** Stores a payment; answers false, storing nothing, when its invoice already has one. */
    boolean add(Payment payment);

    Optional<Payment> find(UUID paymentId);

    Optional<Payment> ofInvoice(UUID invoiceId);

    /** The payments of a convention visible at {@code now} (48 h after their date), newest payment date first, at most {@code limit}. */
    List<Payment> visibleOf(UUID conventionId, Instant now, int limit);
}
