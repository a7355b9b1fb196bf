package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Principal.PartnerUser;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.billing.Invoices.StoredInvoice;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.billing.Payment;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.exchange.ExchangeEntry;
import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.TypedDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The partner's payment slips (spec §5.2): those of the working convention, each from 48 hours after its payment
 * date. Every download appends an exchange-history entry and an audit event, in the download's transaction.
 */
public final class PaymentSlipService extends UseCaseBase<BillingPorts> implements PaymentSlips {

    static final int MAX_LISTED = 200;
    static final Refusal NOT_FOUND = Refusal.of("bordereau.introuvable");

    public PaymentSlipService(UseCaseSupport support, BillingPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<List<SlipSummary>> slips(Principal principal) {
        return Guards.partnerUser(principal).flatMap(user -> support.inTransaction(() ->
                ports.workingConvention().of(user).map(convention ->
                        ports.payments().visibleOf(convention.id().value(), support.now(), MAX_LISTED).stream()
                                .map(payment -> new SlipSummary(payment.id(), convention.code().value(),
                                        payment.paidOn(), payment.reference(), BillingSettings.decimal(payment.amount())))
                                .toList())));
    }

    @Override
    public Outcome<PaymentSlip> download(Principal principal, UUID slipId, SlipFormat format, String sourceAddress) {
        Objects.requireNonNull(format, "format");
        return Guards.partnerUser(principal).flatMap(user -> support.commitIfDone(() ->
                ports.workingConvention().of(user).flatMap(convention -> {
                    Instant now = support.now();
                    Optional<Payment> payment = ports.payments().find(slipId)
                            .filter(found -> found.conventionId().equals(convention.id().value()))
                            .filter(found -> found.isVisibleAt(now));
                    if (payment.isEmpty()) {
                        return Outcome.refused(Reason.NOT_FOUND, NOT_FOUND);
                    }
                    StoredInvoice invoice = ports.invoices().find(payment.get().invoiceId()).orElseThrow();
                    PaymentSlip slip = slip(convention, invoice, payment.get());
                    record(user, convention, invoice, slip, format, sourceAddress, now);
                    return Outcome.done(slip);
                })));
    }

    private static PaymentSlip slip(Convention convention, StoredInvoice invoice, Payment payment) {
        return new PaymentSlip(payment.id(), convention.code().value(), convention.regime().value(),
                convention.caisse().code().value(), convention.caisse().libelle(), invoice.invoice().number(),
                payment.paidOn(), payment.reference(), payment.amount(), payment.lines());
    }

    /** « Récupération du bordereau de paiement … »: the exchange history and the audit trail. */
    private void record(PartnerUser user, Convention convention, StoredInvoice invoice, PaymentSlip slip,
            SlipFormat format, String sourceAddress, Instant now) {
        List<LocalDate> transmissions = invoice.lines().stream().map(InvoiceLine::transmittedAt)
                .map(BusinessTime::dateOf).sorted(Comparator.naturalOrder()).toList();
        ports.history().append(new ExchangeEntry(UUID.randomUUID(), now, transmissions.getFirst(),
                transmissions.getLast(),
                convention.regime(), convention.caisse().code(), ExchangeEntry.HABITAT,
                ExchangeInterface.BORDEREAU_PAIEMENT,
                "Récupération du bordereau de paiement " + slip.reference() + " du "
                        + TypedDates.JJ_MM_AAAA.format(slip.datePaiement()) + " (facture " + slip.numeroFacture() + "), format "
                        + format.name(),
                convention.partnerId(), Optional.of(convention.id().value())));
        support.audit(AuditEvent.of(now, user.user().value().toString(), AuditAction.DOWNLOADED)
                .withScope(user.partnerId().value().toString())
                .withTarget(slip.id().toString())
                .withSourceAddress(sourceAddress)
                .withDetail("document", "BORDEREAU_PAIEMENT")
                .withDetail("format", format.name()));
    }
}
