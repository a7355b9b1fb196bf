package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.billing.Invoices.StoredInvoice;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.billing.GlobalInvoice;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.billing.Payment;
import fr.portailpartenaires.domain.billing.PaymentLine;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The caisse's invoices (spec §5.1–5.2): those of its conventions, and the payment of one, which becomes the
 * partner's payment slip 48 hours after its date. Another caisse's invoice is not found.
 */
public final class ManageInvoicesService extends UseCaseBase<BillingPorts> implements ManageInvoices {

    static final int MAX_LISTED = 200;
    static final Refusal CAISSE_ONLY = Refusal.of("facture.reservee_caisse");
    static final Refusal NOT_FOUND = Refusal.of("facture.introuvable");
    static final Refusal ALREADY_PAID = Refusal.of("facture.deja_payee");
    static final String PAYMENT_RECORDED = "PAYMENT_RECORDED";

    public ManageInvoicesService(UseCaseSupport support, BillingPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<List<InvoiceView>> invoices(Principal principal) {
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse -> support.inTransaction(() ->
                Outcome.done(ports.invoices().ofCaisse(caisse, MAX_LISTED).stream().map(this::view).toList())));
    }

    @Override
    public Outcome<InvoiceDetail> invoice(Principal principal, UUID invoiceId) {
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse -> support.inTransaction(() ->
                inScope(caisse, invoiceId)
                        .<Outcome<InvoiceDetail>>map(stored -> Outcome.done(new InvoiceDetail(view(stored),
                                stored.lines().stream().map(line -> new LineView(line.id(),
                                        line.certificateReference(), line.retireeName(),
                                        BillingSettings.decimal(line.amount()), line.transmittedAt())).toList())))
                        .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, NOT_FOUND))));
    }

    @Override
    public Outcome<PaymentView> recordPayment(Principal principal, UUID invoiceId, PaymentForm form,
            String sourceAddress) {
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse ->
                support.validate(form).flatMap(errors -> support.commitIfDone(() -> {
                    Optional<StoredInvoice> stored = inScope(caisse, invoiceId);
                    if (stored.isEmpty()) {
                        return Outcome.refused(Reason.NOT_FOUND, NOT_FOUND);
                    }
                    Optional<LocalDate> paidOn = errors.parse("datePaiement", form.datePaiement(),
                            TypedDates::aaaaMmJj);
                    Optional<Money> amount = errors.parse("montant", form.montant(), Money::parse);
                    List<PaymentLine> lines = paidLines(stored.get(), form.lignes(), errors);
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    if (ports.payments().ofInvoice(invoiceId).isPresent()) {
                        return Outcome.refused(Reason.CONFLICT, ALREADY_PAID);
                    }
                    Instant now = support.now();
                    Result<Payment> payment = Payment.record(UUID.randomUUID(), invoiceId,
                            stored.get().invoice().conventionId(), paidOn.orElseThrow(), form.reference(),
                            amount.orElseThrow(), lines, now, BusinessTime.dateOf(now));
                    return switch (payment) {
                        case Result.Refused<Payment> refused -> new Outcome.Invalid<>(
                                Map.of(fieldOf(refused.refusal()), List.of(refused.refusal().message())));
                        case Result.Ok<Payment> ok -> store(principal, caisse, stored.get(), ok.value(), sourceAddress);
                    };
                })));
    }

    private Outcome<PaymentView> store(Principal principal, CaisseCode caisse, StoredInvoice invoice, Payment payment,
            String sourceAddress) {
        if (!ports.payments().add(payment)) {
            return Outcome.refused(Reason.CONFLICT, ALREADY_PAID);
        }
        support.audit(AuditEvent.of(payment.recordedAt(), principal.user().value().toString(), PAYMENT_RECORDED)
                .withScope(caisse.value())
                .withTarget(payment.id().toString())
                .withSourceAddress(sourceAddress)
                .withDetail("facture", invoice.invoice().id().toString())
                .withDetail("lignes", Integer.toString(payment.lines().size())));
        return Outcome.done(new PaymentView(payment.id(), payment.invoiceId(), payment.paidOn(), payment.reference(),
                BillingSettings.decimal(payment.amount()), payment.lines().size(), payment.visibleFrom()));
    }

    /** The lines paid: every line at its amount when the form details none, else the form's lines. */
    private static List<PaymentLine> paidLines(StoredInvoice invoice, List<LinePayment> detail, FormErrors errors) {
        if (detail == null || detail.isEmpty()) {
            return invoice.lines().stream().map(line -> new PaymentLine(line.retireeName(), line.nir(),
                    line.certificateReference(), line.amount())).toList();
        }
        List<PaymentLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < detail.size(); i++) {
            LinePayment paid = detail.get(i);
            String field = "lignes[" + i + "]";
            if (paid == null || errors.has(field + ".certificat") || errors.has(field + ".montant")) {
                continue;
            }
            Optional<InvoiceLine> line = invoice.lines().stream()
                    .filter(candidate -> candidate.certificateReference().equals(paid.certificat().strip()))
                    .findFirst();
            if (line.isEmpty()) {
                errors.add(field + ".certificat", "Ce certificat n'est pas une ligne de la facture.");
                continue;
            }
            if (!seen.add(line.get().certificateReference())) {
                errors.add(field + ".certificat", "Ce certificat est déjà payé par une autre ligne du paiement.");
                continue;
            }
            errors.parse(field + ".montant", paid.montant(), Money::parse).ifPresent(amount -> lines.add(
                    new PaymentLine(line.get().retireeName(), line.get().nir(), line.get().certificateReference(),
                            amount)));
        }
        return lines;
    }

    private static String fieldOf(Refusal refusal) {
        if (refusal.equals(Payment.WRONG_REFERENCE)) {
            return "reference";
        }
        if (refusal.equals(Payment.FUTURE_DATE)) {
            return "datePaiement";
        }
        return refusal.equals(Payment.NO_LINE) ? "lignes" : "montant";
    }

    private Optional<StoredInvoice> inScope(CaisseCode caisse, UUID invoiceId) {
        return ports.invoices().find(invoiceId).filter(stored -> ports.conventions()
                .find(new ConventionId(stored.invoice().conventionId()))
                .map(found -> found.convention().caisse().code().equals(caisse))
                .orElse(false));
    }

    private InvoiceView view(StoredInvoice stored) {
        GlobalInvoice invoice = stored.invoice();
        String code = ports.conventions().find(new ConventionId(invoice.conventionId()))
                .map(found -> found.convention().code().value()).orElse("");
        return new InvoiceView(invoice.id(), invoice.number(), code, invoice.issuedAt(), invoice.trigger().label(),
                invoice.lineIds().size(), BillingSettings.decimal(invoice.total()),
                ports.payments().ofInvoice(invoice.id()).isPresent());
    }
}
