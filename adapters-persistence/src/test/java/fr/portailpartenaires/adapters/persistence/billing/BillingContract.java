package fr.portailpartenaires.adapters.persistence.billing;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.billing.Invoices;
import fr.portailpartenaires.application.billing.Invoices.StoredInvoice;
import fr.portailpartenaires.application.billing.Payments;
import fr.portailpartenaires.application.billing.Tariffs;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.billing.GlobalInvoice;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.billing.InvoiceTrigger;
import fr.portailpartenaires.domain.billing.OpenLines;
import fr.portailpartenaires.domain.billing.Payment;
import fr.portailpartenaires.domain.billing.PaymentLine;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Invoice lines, global invoices, payments and tariffs, as the billing use cases rely on them. */
abstract class BillingContract {

    private static final Nir NIR = Nir.of("184127645108946");

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    protected abstract Invoices invoices();

    protected abstract Payments payments();

    protected abstract Tariffs tariffs();

    /** The partners and conventions the lines are for. */
    protected abstract Partners partners();

    /** The accounts the partners\' users are, opened after their partner as a use case opens them. */
    protected abstract Accounts accounts();

    protected abstract Conventions conventions();

    Invoices invoices;
    private Payments payments;
    private Tariffs tariffs;
    UUID convention;
    UUID otherConvention;

    @BeforeEach
    void setUp() {
        clear();
        invoices = invoices();
        payments = payments();
        tariffs = tariffs();
        Partner cielBleu = Fixtures.cielBleu();
        Fixtures.store(partners(), accounts(), cielBleu);
        convention = convention(cielBleu, "757300");
        otherConvention = convention(cielBleu, "757301");
    }

    private UUID convention(Partner partner, String code) {
        ConventionId id = new ConventionId(UUID.randomUUID());
        conventions().add(new Convention.Validee(id, partner.id().value(),
                new ConventionTerms(CARSAT_NORD_PICARDIE, ConventionCode.of(code), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE),
                NOW, NOW, Optional.empty()));
        return id.value();
    }

    InvoiceLine line(UUID of, String certificate, Instant at) {
        return new InvoiceLine(UUID.randomUUID(), of, certificate, "DUPONT Jeanne", NIR, Money.of("80"), at);
    }

    GlobalInvoice invoice(UUID of, int sequence, List<InvoiceLine> lines) {
        return GlobalInvoice.gather(UUID.randomUUID(), of, ConventionCode.of(of.equals(convention) ? "757300" : "757301"),
                sequence, lines, InvoiceTrigger.HEBDOMADAIRE, NOW.plus(Duration.ofDays(7)));
    }

    @Nested
    class Invoice_lines {

        @Test
        void a_line_is_kept_whole_and_a_certificate_has_one_line_per_convention() {
            InvoiceLine line = line(convention, "AV-1", NOW);
            assertThat(invoices.open(line)).isEqualTo(line);
            assertThat(invoices.open(line(convention, "AV-1", NOW.plusSeconds(5)))).isEqualTo(line);
            assertThat(invoices.openLinesOf(convention)).containsExactly(line);
            assertThat(invoices.open(line(otherConvention, "AV-1", NOW)).conventionId()).isEqualTo(otherConvention);
        }

        @Test
        void open_lines_are_summed_up_per_convention_with_the_fiftieth_transmission() {
            IntStream.range(0, 51).forEach(i -> invoices.open(line(convention, "AV-" + i, NOW.plusSeconds(i))));
            invoices.open(line(otherConvention, "AV-X", NOW.plusSeconds(100)));
            assertThat(invoices.openByConvention()).containsExactlyInAnyOrder(
                    new OpenLines(convention, 51, NOW, Optional.of(NOW.plusSeconds(49))),
                    new OpenLines(otherConvention, 1, NOW.plusSeconds(100), Optional.empty()));
        }
    }

    @Nested
    class Global_invoices {

        @Test
        void an_invoice_gathers_its_lines_in_order_and_they_are_no_longer_open() {
            InvoiceLine first = invoices.open(line(convention, "AV-1", NOW));
            InvoiceLine second = invoices.open(line(convention, "AV-2", NOW.plusSeconds(1)));
            GlobalInvoice invoice = invoice(convention, 1, List.of(first, second));
            invoices.add(invoice);
            assertThat(invoices.openLinesOf(convention)).isEmpty();
            assertThat(invoices.openByConvention()).isEmpty();
            assertThat(invoices.invoiceCount(convention)).isEqualTo(1);
            assertThat(invoices.find(invoice.id())).contains(new StoredInvoice(invoice, List.of(first, second)));
            assertThat(invoices.ofCaisse(CARSAT_NORD_PICARDIE.code(), 10)).extracting(StoredInvoice::invoice)
                    .containsExactly(invoice);
            assertThat(invoices.ofCaisse(CaisseCode.of("CNAV-IDF"), 10)).isEmpty();
        }

    }

    @Nested
    class Payments_and_tariffs {

        private Payment payment(GlobalInvoice invoice, LocalDate paidOn, String reference) {
            return new Payment(UUID.randomUUID(), invoice.id(), invoice.conventionId(), paidOn, reference,
                    Money.of("150"), List.of(new PaymentLine("DUPONT Jeanne", NIR, "AV-1", Money.of("80")),
                            new PaymentLine("MARTIN Paul", NIR, "AV-2", Money.of("70"))), NOW);
        }

        @Test
        void a_payment_is_kept_whole_once_per_invoice_and_listed_from_its_visibility_on() {
            GlobalInvoice invoice = invoice(convention, 1, List.of(invoices.open(line(convention, "AV-1", NOW)),
                    invoices.open(line(convention, "AV-2", NOW))));
            invoices.add(invoice);
            Payment payment = payment(invoice, LocalDate.of(2025, 3, 3), "VIR-1");
            assertThat(payments.add(payment)).isTrue();
            assertThat(payments.add(payment(invoice, LocalDate.of(2025, 3, 3), "VIR-2"))).isFalse();
            assertThat(payments.find(payment.id())).contains(payment);
            assertThat(payments.ofInvoice(invoice.id())).contains(payment);
            assertThat(payments.visibleOf(convention, payment.visibleFrom().minusNanos(1000), 10)).isEmpty();
            assertThat(payments.visibleOf(convention, payment.visibleFrom(), 10)).containsExactly(payment);
            assertThat(payments.visibleOf(otherConvention, payment.visibleFrom(), 10)).isEmpty();
        }

        @Test
        void a_tariff_is_set_then_replaced() {
            LocalDate day = LocalDate.of(2026, 3, 1);
            assertThat(tariffs.on(convention, day)).isEmpty();
            tariffs.set(convention, Money.of("95,50"));
            tariffs.set(convention, Money.of("99"));
            assertThat(tariffs.on(convention, day)).contains(Money.of("99"));
            tariffs.set(convention, Money.of("110"), day.plusDays(1));
            tariffs.set(convention, Money.of("120"), day.plusDays(31));
            tariffs.set(convention, Money.of("105"), day.plusDays(1));
            assertThat(tariffs.on(convention, day)).as("the day before").contains(Money.of("99"));
            assertThat(tariffs.on(convention, day.plusDays(1))).as("its first day").contains(Money.of("105"));
            assertThat(tariffs.on(convention, day.plusDays(30))).contains(Money.of("105"));
            assertThat(tariffs.on(convention, day.plusDays(31))).contains(Money.of("120"));
            assertThat(tariffs.history(convention)).extracting(Tariffs.Period::amount)
                    .containsExactly(Money.of("99"), Money.of("105"), Money.of("120"));
            assertThat(tariffs.on(otherConvention, day.plusDays(31))).isEmpty();
        }
    }
}
