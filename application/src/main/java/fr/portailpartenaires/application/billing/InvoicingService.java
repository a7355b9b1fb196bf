package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.billing.Invoices.StoredInvoice;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.billing.GlobalInvoice;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.billing.InvoiceTrigger;
import fr.portailpartenaires.domain.billing.InvoicingRule;
import fr.portailpartenaires.domain.billing.OpenLines;
import fr.portailpartenaires.domain.billing.Payment;
import fr.portailpartenaires.domain.billing.PaymentLine;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Invoicing (spec §5.1–5.2): opens the invoice line of each transmission ({@link OpenInvoiceLine}), generates the
 * due global invoices ({@link #generateDueInvoices()}, the scheduled job) and lets a caisse record their payment.
 *
 * <p>The job is idempotent: each convention is invoiced in its own transaction that re-reads the open lines,
 * re-checks the rule and attaches the lines only if they are still open ({@link Invoices#add}); a rerun finds
 * nothing open, a crash rolls the convention's transaction back, so a line is never billed twice nor lost.
 */
public final class InvoicingService implements OpenInvoiceLine, ManageInvoices {

    static final int MAX_LISTED = 200;
    static final Refusal CAISSE_ONLY = Refusal.of("facture.reservee_caisse",
            "Seul un administrateur de caisse peut consulter les factures et enregistrer leurs paiements.");
    static final Refusal NOT_FOUND = Refusal.of("facture.introuvable", "Cette facture est introuvable.");
    static final Refusal ALREADY_PAID = Refusal.of("facture.deja_payee",
            "Le paiement de cette facture est déjà enregistré.");
    static final String INVOICE_GENERATED = "INVOICE_GENERATED";
    static final String PAYMENT_RECORDED = "PAYMENT_RECORDED";

    private final Validator validator;
    private final Invoices invoices;
    private final Payments payments;
    private final Tariffs tariffs;
    private final Conventions conventions;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final BillingSettings settings;
    private final Clock clock;

    public InvoicingService(Validator validator, Invoices invoices, Payments payments, Tariffs tariffs,
            Conventions conventions, AuditLog auditLog, Transactions transactions, BillingSettings settings,
            Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.tariffs = Objects.requireNonNull(tariffs, "tariffs");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public InvoiceLine open(ConventionId convention, String certificateReference, String retireeName, Nir nir,
            Instant transmittedAt) {
        return transactions.inTransaction(() -> {
            if (conventions.find(convention).isEmpty()) {
                throw new IllegalArgumentException("No convention " + convention.value());
            }
            Money tariff = tariffs.of(convention.value()).orElse(settings.defaultTariff());
            return invoices.open(new InvoiceLine(UUID.randomUUID(), convention.value(), certificateReference,
                    retireeName, nir, tariff, transmittedAt));
        });
    }

    /**
     * The scheduled job: generates the global invoice of every convention whose open lines are due now. Each
     * convention in its own transaction; a convention that fails does not stop the others, and the first failure
     * is thrown at the end (the scheduler records it, the next run tries again).
     *
     * @return how many invoices were generated
     */
    public int generateDueInvoices() {
        Instant now = clock.instant();
        List<OpenLines> candidates = transactions.inTransaction(invoices::openByConvention);
        int generated = 0;
        RuntimeException firstFailure = null;
        for (OpenLines open : candidates) {
            if (InvoicingRule.due(open, now).isEmpty()) {
                continue;
            }
            try {
                if (transactions.inTransaction(() -> invoice(open.conventionId(), now))) {
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
        List<InvoiceLine> open = invoices.openLinesOf(conventionId);
        if (open.isEmpty()) {
            return false;
        }
        Optional<InvoiceTrigger> trigger = InvoicingRule.due(OpenLines.of(conventionId, open), now);
        if (trigger.isEmpty()) {
            return false;
        }
        Convention convention = conventions.find(new ConventionId(conventionId)).orElseThrow().convention();
        GlobalInvoice invoice = GlobalInvoice.gather(UUID.randomUUID(), conventionId, convention.code(),
                invoices.invoiceCount(conventionId) + 1, open, trigger.get(), now);
        invoices.add(invoice);
        auditLog.append(AuditEvent.of(now, AuditEvent.SYSTEM, INVOICE_GENERATED)
                .withScope(convention.caisse().code().value())
                .withTarget(invoice.id().toString())
                .withDetail("lignes", Integer.toString(invoice.lineIds().size()))
                .withDetail("motif", trigger.get().name()));
        return true;
    }

    @Override
    public Outcome<List<InvoiceView>> invoices(Principal principal) {
        Optional<Outcome<List<InvoiceView>>> denied = deniedUnlessCaisseAdministrator(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        return transactions.inTransaction(() -> Outcome.done(
                invoices.ofCaisse(principal.caisse().orElseThrow(), MAX_LISTED).stream().map(this::view).toList()));
    }

    @Override
    public Outcome<InvoiceDetail> invoice(Principal principal, UUID invoiceId) {
        Optional<Outcome<InvoiceDetail>> denied = deniedUnlessCaisseAdministrator(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        return transactions.inTransaction(() -> inScope(principal, invoiceId)
                .<Outcome<InvoiceDetail>>map(stored -> Outcome.done(new InvoiceDetail(view(stored),
                        stored.lines().stream().map(line -> new LineView(line.id(), line.certificateReference(),
                                line.retireeName(), BillingSettings.decimal(line.amount()), line.transmittedAt()))
                                .toList())))
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, NOT_FOUND)));
    }

    @Override
    public Outcome<PaymentView> recordPayment(Principal principal, UUID invoiceId, PaymentForm form,
            String sourceAddress) {
        Optional<Outcome<PaymentView>> denied = deniedUnlessCaisseAdministrator(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        if (form == null) {
            return new Outcome.Invalid<>(Map.of("formulaire", List.of("Le formulaire est vide.")));
        }
        return transactions.inTransaction(() -> {
            Optional<StoredInvoice> stored = inScope(principal, invoiceId);
            if (stored.isEmpty()) {
                return Outcome.refused(Reason.NOT_FOUND, NOT_FOUND);
            }
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<LocalDate> paidOn = errors.parse("datePaiement", form.datePaiement(), InvoicingService::date);
            Optional<Money> amount = errors.parse("montant", form.montant(), Money::parse);
            List<PaymentLine> lines = paidLines(stored.get(), form.lignes(), errors);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            if (payments.ofInvoice(invoiceId).isPresent()) {
                return Outcome.refused(Reason.CONFLICT, ALREADY_PAID);
            }
            Instant now = clock.instant();
            Result<Payment> payment = Payment.record(UUID.randomUUID(), invoiceId,
                    stored.get().invoice().conventionId(), paidOn.orElseThrow(), form.reference(), amount.orElseThrow(),
                    lines, now, BusinessTime.dateOf(now));
            return switch (payment) {
                case Result.Refused<Payment> refused -> new Outcome.Invalid<>(
                        Map.of(fieldOf(refused.refusal()), List.of(refused.refusal().message())));
                case Result.Ok<Payment> ok -> store(principal, stored.get(), ok.value(), sourceAddress);
            };
        });
    }

    private Outcome<PaymentView> store(Principal principal, StoredInvoice invoice, Payment payment,
            String sourceAddress) {
        if (!payments.add(payment)) {
            return Outcome.refused(Reason.CONFLICT, ALREADY_PAID);
        }
        AuditEvent event = AuditEvent.of(payment.recordedAt(), principal.user().value().toString(), PAYMENT_RECORDED)
                .withScope(principal.caisse().orElseThrow().value())
                .withTarget(payment.id().toString())
                .withSourceAddress(sourceAddress)
                .withDetail("facture", invoice.invoice().id().toString())
                .withDetail("lignes", Integer.toString(payment.lines().size()));
        auditLog.append(event);
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

    private static Result<LocalDate> date(String raw) {
        try {
            return Result.ok(LocalDate.parse(raw.strip()));
        } catch (DateTimeParseException e) {
            return Result.refused("date.format", "La date doit être au format AAAA-MM-JJ.");
        }
    }

    private Optional<StoredInvoice> inScope(Principal principal, UUID invoiceId) {
        return invoices.find(invoiceId).filter(stored -> conventions.find(new ConventionId(stored.invoice().conventionId()))
                .map(found -> found.convention().caisse().code().equals(principal.caisse().orElseThrow()))
                .orElse(false));
    }

    private InvoiceView view(StoredInvoice stored) {
        GlobalInvoice invoice = stored.invoice();
        String code = conventions.find(new ConventionId(invoice.conventionId()))
                .map(found -> found.convention().code().value()).orElse("");
        return new InvoiceView(invoice.id(), invoice.number(), code, invoice.issuedAt(), invoice.trigger().label(),
                invoice.lineIds().size(), BillingSettings.decimal(invoice.total()),
                payments.ofInvoice(invoice.id()).isPresent());
    }

    private static <T> Optional<Outcome<T>> deniedUnlessCaisseAdministrator(Principal principal) {
        if (principal.pendingObligation().isPresent()) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, principal.pendingObligation().get()));
        }
        if (principal.kind() != Principal.Kind.CAISSE_ADMIN) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, CAISSE_ONLY));
        }
        return Optional.empty();
    }
}
