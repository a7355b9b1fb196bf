package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.billing.GlobalInvoice;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.billing.InvoiceTrigger;
import fr.portailpartenaires.domain.billing.InvoicingRule;
import fr.portailpartenaires.domain.billing.OpenLines;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The scheduled invoicing (spec §5.1): generates the global invoices that are due.
 *
 * <p>The job is idempotent: each convention is invoiced in its own transaction that re-reads the open lines,
 * re-checks the rule and attaches the lines only if they are still open ({@link Invoices#add}); a rerun finds
 * nothing open, a crash rolls the convention's transaction back, so a line is never billed twice nor lost.
 */
public final class InvoicingJob extends UseCaseBase<BillingPorts> {

    static final String INVOICE_GENERATED = "INVOICE_GENERATED";

    public InvoicingJob(UseCaseSupport support, BillingPorts ports) {
        super(support, ports);
    }

    /**
     * Generates the global invoice of every convention whose open lines are due now. Each convention in its own
     * transaction; a convention that fails does not stop the others, and the first failure is thrown at the end
     * (the scheduler records it, the next run tries again).
     *
     * @return how many invoices were generated
     */
    public int generateDueInvoices() {
        Instant now = support.now();
        List<OpenLines> candidates = support.inTransaction(ports.invoices()::openByConvention);
        int generated = 0;
        RuntimeException firstFailure = null;
        for (OpenLines open : candidates) {
            if (InvoicingRule.due(open, now).isEmpty()) {
                continue;
            }
            try {
                if (support.inTransaction(() -> invoice(open.conventionId(), now))) {
                    generated++;
                }
            } catch (RuntimeException failure) {
                if (firstFailure == null) {
                    firstFailure = failure;
                } else {
                    firstFailure.addSuppressed(failure);
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return generated;
    }

    /** Invoices the convention's open lines if they are (still) due; false when there is nothing to do. */
    private boolean invoice(UUID conventionId, Instant now) {
        List<InvoiceLine> open = ports.invoices().openLinesOf(conventionId);
        if (open.isEmpty()) {
            return false;
        }
        Optional<InvoiceTrigger> trigger = InvoicingRule.due(OpenLines.of(conventionId, open), now);
        if (trigger.isEmpty()) {
            return false;
        }
        Convention convention = ports.conventions().find(new ConventionId(conventionId)).orElseThrow().convention();
        GlobalInvoice invoice = GlobalInvoice.gather(UUID.randomUUID(), conventionId, convention.code(),
                ports.invoices().invoiceCount(conventionId) + 1, open, trigger.get(), now);
        ports.invoices().add(invoice);
        support.audit(AuditEvent.of(now, AuditEvent.SYSTEM, INVOICE_GENERATED)
                .withScope(convention.caisse().code().value())
                .withTarget(invoice.id().toString())
                .withDetail("lignes", Integer.toString(invoice.lineIds().size()))
                .withDetail("motif", trigger.get().name()));
        return true;
    }
}
