package fr.portailpartenaires.domain.billing;

import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Money;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A global invoice (facture globale) of a convention: the open lines gathered at one moment. Each line
 * belongs to exactly one invoice; its number is the convention code and a sequence of that convention.
 *
 * @param id           the invoice's id
 * @param conventionId the convention billed
 * @param number       e.g. {@code FG-757300-0001}
 * @param issuedAt     when it was generated
 * @param trigger      which rule generated it
 * @param lineIds      the lines it gathers (one or more, each once)
 * @param total        the sum of its lines
 */
public record GlobalInvoice(UUID id, UUID conventionId, String number, Instant issuedAt, InvoiceTrigger trigger,
        List<UUID> lineIds, Money total) {

    public GlobalInvoice {
        Components.required(GlobalInvoice.class, id, conventionId, number, issuedAt, trigger, lineIds, total);
        lineIds = List.copyOf(lineIds);
        if (lineIds.isEmpty()) {
            throw new IllegalArgumentException("An invoice gathers at least one line");
        }
        if (new HashSet<>(lineIds).size() != lineIds.size()) {
            throw new IllegalArgumentException("An invoice gathers each line once");
        }
    }

    /**
     * The invoice of these open lines, numbered with the convention's next sequence.
     *
     * @throws IllegalArgumentException when a line is of another convention or given twice (a bug of the caller)
     */
    public static GlobalInvoice gather(UUID id, UUID conventionId, ConventionCode code, int sequence,
            List<InvoiceLine> openLines, InvoiceTrigger trigger, Instant now) {
        Set<UUID> seen = new HashSet<>();
        Money total = Money.ZERO;
        for (InvoiceLine line : openLines) {
            if (!line.conventionId().equals(conventionId)) {
                throw new IllegalArgumentException("An invoice gathers the lines of its own convention only");
            }
            if (!seen.add(line.id())) {
                throw new IllegalArgumentException("An invoice gathers each line once");
            }
            total = total.plus(line.amount());
        }
        return new GlobalInvoice(id, conventionId, number(code, sequence), now, trigger,
                openLines.stream().map(InvoiceLine::id).toList(), total);
    }

    /** {@code FG-<code convention>-<sequence on 4 digits>}. */
    public static String number(ConventionCode code, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Invoice sequences start at 1");
        }
        return String.format(Locale.ROOT, "FG-%s-%04d", code.value(), sequence);
    }
}
