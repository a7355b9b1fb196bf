package fr.portailpartenaires.adapters.persistence.billing;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PAYMENT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PAYMENT_LINE;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.PaymentRecord;
import fr.portailpartenaires.application.billing.Payments;
import fr.portailpartenaires.domain.billing.Payment;
import fr.portailpartenaires.domain.billing.PaymentLine;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** {@link Payments} in tables {@code payment} and {@code payment_line}; one payment per invoice (a unique key). */
public final class JooqPayments implements Payments {

    private final Database database;

    public JooqPayments(Database database) {
        this.database = database;
    }

    @Override
    public boolean add(Payment payment) {
        DSLContext dsl = database.current();
        int inserted = dsl.insertInto(PAYMENT)
                .set(PAYMENT.ID, payment.id())
                .set(PAYMENT.INVOICE_ID, payment.invoiceId())
                .set(PAYMENT.CONVENTION_ID, payment.conventionId())
                .set(PAYMENT.PAID_ON, payment.paidOn())
                .set(PAYMENT.REFERENCE, payment.reference())
                .set(PAYMENT.AMOUNT_CENTS, payment.amount().cents())
                .set(PAYMENT.VISIBLE_FROM, Timestamps.column(payment.visibleFrom()))
                .set(PAYMENT.RECORDED_AT, Timestamps.column(payment.recordedAt()))
                .onConflictDoNothing()
                .execute();
        if (inserted != 1) {
            return false;
        }
        List<PaymentLine> lines = payment.lines();
        for (int i = 0; i < lines.size(); i++) {
            PaymentLine line = lines.get(i);
            dsl.insertInto(PAYMENT_LINE)
                    .set(PAYMENT_LINE.PAYMENT_ID, payment.id())
                    .set(PAYMENT_LINE.LINE_NO, i + 1)
                    .set(PAYMENT_LINE.CERTIFICATE_REFERENCE, line.certificateReference())
                    .set(PAYMENT_LINE.RETIREE_NAME, line.retireeName())
                    .set(PAYMENT_LINE.NIR, line.nir().value())
                    .set(PAYMENT_LINE.AMOUNT_CENTS, line.amount().cents())
                    .execute();
        }
        return true;
    }

    @Override
    public Optional<Payment> find(UUID paymentId) {
        DSLContext dsl = database.current();
        return dsl.selectFrom(PAYMENT).where(PAYMENT.ID.eq(paymentId)).fetchOptional(row -> payment(dsl, row));
    }

    @Override
    public Optional<Payment> ofInvoice(UUID invoiceId) {
        DSLContext dsl = database.current();
        return dsl.selectFrom(PAYMENT).where(PAYMENT.INVOICE_ID.eq(invoiceId)).fetchOptional(row -> payment(dsl, row));
    }

    @Override
    public List<Payment> visibleOf(UUID conventionId, Instant now, int limit) {
        DSLContext dsl = database.current();
        return dsl.selectFrom(PAYMENT)
                .where(PAYMENT.CONVENTION_ID.eq(conventionId))
                .and(PAYMENT.VISIBLE_FROM.le(Timestamps.column(now)))
                .orderBy(PAYMENT.PAID_ON.desc(), PAYMENT.ID)
                .limit(limit)
                .fetch(row -> payment(dsl, row));
    }

    private static Payment payment(DSLContext dsl, PaymentRecord row) {
        List<PaymentLine> lines = dsl.selectFrom(PAYMENT_LINE)
                .where(PAYMENT_LINE.PAYMENT_ID.eq(row.getId()))
                .orderBy(PAYMENT_LINE.LINE_NO)
                .fetch(line -> new PaymentLine(line.getRetireeName(), new Nir(line.getNir()),
                        line.getCertificateReference(), new Money(line.getAmountCents())));
        return new Payment(row.getId(), row.getInvoiceId(), row.getConventionId(), row.getPaidOn(),
                row.getReference(), new Money(row.getAmountCents()), lines, Timestamps.instant(row.getRecordedAt()));
    }
}
