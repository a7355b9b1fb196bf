package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.billing.Invoices;
import fr.portailpartenaires.domain.billing.GlobalInvoice;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.billing.OpenLines;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link Invoices} in memory: refuses, like the table, to attach a line that is no longer open. */
public final class InMemoryInvoices implements Invoices {

    private final InMemoryConventions conventions;
    private final Map<UUID, InvoiceLine> lines = new LinkedHashMap<>();
    private final Map<UUID, UUID> invoiceOfLine = new HashMap<>();
    private final Map<UUID, GlobalInvoice> invoices = new LinkedHashMap<>();

    public InMemoryInvoices(InMemoryConventions conventions) {
        this.conventions = conventions;
    }

    @Override
    public synchronized InvoiceLine open(InvoiceLine line) {
        return lines.values().stream()
                .filter(existing -> existing.conventionId().equals(line.conventionId())
                        && existing.certificateReference().equals(line.certificateReference()))
                .findFirst()
                .orElseGet(() -> {
                    lines.put(line.id(), line);
                    return line;
                });
    }

    @Override
    public synchronized List<OpenLines> openByConvention() {
        return open().collect(Collectors.groupingBy(InvoiceLine::conventionId, LinkedHashMap::new,
                        Collectors.toList()))
                .entrySet().stream().map(entry -> OpenLines.of(entry.getKey(), entry.getValue())).toList();
    }

    @Override
    public synchronized List<InvoiceLine> openLinesOf(UUID conventionId) {
        return open().filter(line -> line.conventionId().equals(conventionId))
                .sorted(Comparator.comparing(InvoiceLine::transmittedAt)).toList();
    }

    @Override
    public synchronized int invoiceCount(UUID conventionId) {
        return (int) invoices.values().stream().filter(invoice -> invoice.conventionId().equals(conventionId)).count();
    }

    @Override
    public synchronized void add(GlobalInvoice invoice) {
        if (invoice.lineIds().stream().anyMatch(id -> !lines.containsKey(id) || invoiceOfLine.containsKey(id))) {
            throw new IllegalStateException("A line of invoice " + invoice.number() + " is no longer open");
        }
        invoices.put(invoice.id(), invoice);
        invoice.lineIds().forEach(id -> invoiceOfLine.put(id, invoice.id()));
    }

    @Override
    public synchronized Optional<StoredInvoice> find(UUID invoiceId) {
        return Optional.ofNullable(invoices.get(invoiceId)).map(this::stored);
    }

    @Override
    public synchronized List<StoredInvoice> ofCaisse(CaisseCode caisse, int limit) {
        List<GlobalInvoice> ofCaisse = new ArrayList<>(invoices.values().stream()
                .filter(invoice -> conventions.find(new ConventionId(invoice.conventionId()))
                        .map(found -> found.convention().caisse().code().equals(caisse)).orElse(false))
                .toList());
        ofCaisse.sort(Comparator.comparing(GlobalInvoice::issuedAt).reversed());
        return ofCaisse.stream().limit(limit).map(this::stored).toList();
    }

    public synchronized List<InvoiceLine> allLines() {
        return List.copyOf(lines.values());
    }

    public synchronized Optional<UUID> invoiceOf(UUID lineId) {
        return Optional.ofNullable(invoiceOfLine.get(lineId));
    }

    private java.util.stream.Stream<InvoiceLine> open() {
        return lines.values().stream().filter(line -> !invoiceOfLine.containsKey(line.id()));
    }

    private StoredInvoice stored(GlobalInvoice invoice) {
        return new StoredInvoice(invoice, invoice.lineIds().stream().map(lines::get).toList());
    }
}
