package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.domain.billing.GlobalInvoice;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.billing.OpenLines;
import fr.portailpartenaires.domain.reference.CaisseCode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The invoice lines and global invoices (spec §5.1). A line is open until an invoice gathers it, and then
 * belongs to that invoice only: the store refuses to attach a line that is no longer open.
 */
public interface Invoices {

    /**
     * Opens the line of a transmitted certificate, in the transaction open on this thread. A certificate has
     * one line: when it already has one, nothing is stored and that line is answered.
     */
    InvoiceLine open(InvoiceLine line);

    /** One summary per convention that has open lines (for the invoicing rule). */
    List<OpenLines> openByConvention();

    /** The open lines of a convention, oldest transmission first. */
    List<InvoiceLine> openLinesOf(UUID conventionId);

    /** How many invoices the convention has had (the next one is numbered one more). */
    int invoiceCount(UUID conventionId);

    /**
     * Stores the invoice and attaches its lines to it, in the transaction open on this thread.
     *
     * @throws IllegalStateException when one of its lines is no longer open (another run invoiced it): the
     *                               caller's transaction must then roll back, so nothing is billed twice
     */
    void add(GlobalInvoice invoice);

    /** An invoice with its lines, in the invoice's order. */
    Optional<StoredInvoice> find(UUID invoiceId);

    /** The invoices of the conventions of a caisse, newest first, at most {@code limit}. */
    List<StoredInvoice> ofCaisse(CaisseCode caisse, int limit);

    /** An invoice as stored, with its lines. */
    record StoredInvoice(GlobalInvoice invoice, List<InvoiceLine> lines) {
        public StoredInvoice {
            lines = List.copyOf(lines);
        }
    }
}
