package fr.portailpartenaires.adapters.persistence.billing;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.GLOBAL_INVOICE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.INVOICE_LINE;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.GlobalInvoiceRecord;
import fr.portailpartenaires.adapters.persistence.jooq.tables.records.InvoiceLineRecord;
import fr.portailpartenaires.application.billing.Invoices;
import fr.portailpartenaires.domain.billing.GlobalInvoice;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.billing.InvoiceTrigger;
import fr.portailpartenaires.domain.billing.InvoicingRule;
import fr.portailpartenaires.domain.billing.OpenLines;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@link Invoices} in tables {@code invoice_line} and {@code global_invoice}. A line is attached to an invoice by a
 * conditional update ({@code where invoice_id is null}); if any line of the invoice was attached meanwhile,
 * {@link #add} throws and the caller's transaction rolls back, invoice included.
 */
public final class JooqInvoices implements Invoices {

    private final Database database;

    public JooqInvoices(Database database) {
        this.database = database;
    }

    @Override
    public InvoiceLine open(InvoiceLine line) {
        DSLContext dsl = database.current();
        int inserted = dsl.insertInto(INVOICE_LINE)
                .set(INVOICE_LINE.ID, line.id())
                .set(INVOICE_LINE.CONVENTION_ID, line.conventionId())
                .set(INVOICE_LINE.CERTIFICATE_REFERENCE, line.certificateReference())
                .set(INVOICE_LINE.RETIREE_NAME, line.retireeName())
                .set(INVOICE_LINE.NIR, line.nir().value())
                .set(INVOICE_LINE.AMOUNT_CENTS, line.amount().cents())
                .set(INVOICE_LINE.TRANSMITTED_AT, Timestamps.column(line.transmittedAt()))
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            return line;
        }
        return dsl.selectFrom(INVOICE_LINE)
                .where(INVOICE_LINE.CONVENTION_ID.eq(line.conventionId()))
                .and(INVOICE_LINE.CERTIFICATE_REFERENCE.eq(line.certificateReference()))
                .fetchSingle(JooqInvoices::line);
    }

    @Override
    public List<OpenLines> openByConvention() {
        DSLContext dsl = database.current();
        return dsl.select(INVOICE_LINE.CONVENTION_ID, DSL.count(), DSL.min(INVOICE_LINE.TRANSMITTED_AT))
                .from(INVOICE_LINE)
                .where(INVOICE_LINE.INVOICE_ID.isNull())
                .groupBy(INVOICE_LINE.CONVENTION_ID)
                .orderBy(INVOICE_LINE.CONVENTION_ID)
                .fetch(row -> new OpenLines(row.value1(), row.value2(), Timestamps.instant(row.value3()),
                        row.value2() >= InvoicingRule.THRESHOLD
                                ? Optional.of(Timestamps.instant(thresholdReachedAt(dsl, row.value1())))
                                : Optional.empty()));
    }

    /** The transmission of the {@value InvoicingRule#THRESHOLD}th oldest open line of the convention. */
    private static OffsetDateTime thresholdReachedAt(DSLContext dsl, UUID conventionId) {
        return dsl.select(INVOICE_LINE.TRANSMITTED_AT)
                .from(INVOICE_LINE)
                .where(INVOICE_LINE.INVOICE_ID.isNull())
                .and(INVOICE_LINE.CONVENTION_ID.eq(conventionId))
                .orderBy(INVOICE_LINE.TRANSMITTED_AT, INVOICE_LINE.ID)
                .offset(InvoicingRule.THRESHOLD - 1)
                .limit(1)
                .fetchSingle(INVOICE_LINE.TRANSMITTED_AT);
    }

    @Override
    public List<InvoiceLine> openLinesOf(UUID conventionId) {
        return database.current().selectFrom(INVOICE_LINE)
                .where(INVOICE_LINE.INVOICE_ID.isNull())
                .and(INVOICE_LINE.CONVENTION_ID.eq(conventionId))
                .orderBy(INVOICE_LINE.TRANSMITTED_AT, INVOICE_LINE.ID)
                .fetch(JooqInvoices::line);
    }

    @Override
    public int invoiceCount(UUID conventionId) {
        return database.current().fetchCount(GLOBAL_INVOICE, GLOBAL_INVOICE.CONVENTION_ID.eq(conventionId));
    }

    @Override
    public void add(GlobalInvoice invoice) {
        DSLContext dsl = database.current();
        dsl.insertInto(GLOBAL_INVOICE)
                .set(GLOBAL_INVOICE.ID, invoice.id())
                .set(GLOBAL_INVOICE.CONVENTION_ID, invoice.conventionId())
                .set(GLOBAL_INVOICE.SEQUENCE_NO, sequenceOf(invoice.number()))
                .set(GLOBAL_INVOICE.NUMBER, invoice.number())
                .set(GLOBAL_INVOICE.ISSUED_AT, Timestamps.column(invoice.issuedAt()))
                .set(GLOBAL_INVOICE.TRIGGER_KIND, invoice.trigger().name())
                .set(GLOBAL_INVOICE.LINE_COUNT, invoice.lineIds().size())
                .set(GLOBAL_INVOICE.TOTAL_CENTS, invoice.total().cents())
                .execute();
        List<UUID> lineIds = invoice.lineIds();
        for (int position = 0; position < lineIds.size(); position++) {
            int attached = dsl.update(INVOICE_LINE)
                    .set(INVOICE_LINE.INVOICE_ID, invoice.id())
                    .set(INVOICE_LINE.INVOICE_POSITION, position + 1)
                    .where(INVOICE_LINE.ID.eq(lineIds.get(position)))
                    .and(INVOICE_LINE.CONVENTION_ID.eq(invoice.conventionId()))
                    .and(INVOICE_LINE.INVOICE_ID.isNull())
                    .execute();
            if (attached != 1) {
                throw new IllegalStateException("A line of invoice " + invoice.number() + " is no longer open");
            }
        }
    }

    @Override
    public Optional<StoredInvoice> find(UUID invoiceId) {
        DSLContext dsl = database.current();
        return dsl.selectFrom(GLOBAL_INVOICE).where(GLOBAL_INVOICE.ID.eq(invoiceId))
                .fetchOptional(row -> stored(dsl, row));
    }

    @Override
    public List<StoredInvoice> ofCaisse(CaisseCode caisse, int limit) {
        DSLContext dsl = database.current();
        return dsl.select(GLOBAL_INVOICE.fields())
                .from(GLOBAL_INVOICE)
                .join(CONVENTION).on(CONVENTION.ID.eq(GLOBAL_INVOICE.CONVENTION_ID))
                .where(CONVENTION.CAISSE_CODE.eq(caisse.value()))
                .orderBy(GLOBAL_INVOICE.ISSUED_AT.desc(), GLOBAL_INVOICE.ID.desc())
                .limit(limit)
                .fetchInto(GLOBAL_INVOICE)
                .map(row -> stored(dsl, row));
    }

    private static StoredInvoice stored(DSLContext dsl, GlobalInvoiceRecord row) {
        List<InvoiceLine> lines = dsl.selectFrom(INVOICE_LINE)
                .where(INVOICE_LINE.INVOICE_ID.eq(row.getId()))
                .orderBy(INVOICE_LINE.INVOICE_POSITION)
                .fetch(JooqInvoices::line);
        return new StoredInvoice(new GlobalInvoice(row.getId(), row.getConventionId(), row.getNumber(),
                Timestamps.instant(row.getIssuedAt()), InvoiceTrigger.valueOf(row.getTriggerKind()),
                lines.stream().map(InvoiceLine::id).toList(), new Money(row.getTotalCents())), lines);
    }

    private static InvoiceLine line(InvoiceLineRecord row) {
        return new InvoiceLine(row.getId(), row.getConventionId(), row.getCertificateReference(), row.getRetireeName(),
                new Nir(row.getNir()), new Money(row.getAmountCents()), Timestamps.instant(row.getTransmittedAt()));
    }

    /** The sequence is the number's last group: {@code FG-757300-0003} → 3. */
    private static int sequenceOf(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
