package fr.portailpartenaires.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GlobalInvoiceAndPaymentTest {

    private static final UUID CONVENTION = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final Instant NOW = Instant.parse("2025-03-17T08:00:00Z");
    private static final Nir NIR = Nir.of("184127645108946");

    private static InvoiceLine line(String certificate, String amount) {
        return new InvoiceLine(UUID.randomUUID(), CONVENTION, certificate, "DUPONT Jeanne", NIR, Money.of(amount),
                NOW.minusSeconds(3600));
    }

    @Nested
    class A_global_invoice {

        @Test
        void gathers_its_lines_and_totals_them_under_the_conventions_next_number() {
            var invoice = GlobalInvoice.gather(UUID.randomUUID(), CONVENTION, ConventionCode.of("757300"), 3,
                    List.of(line("AV-1", "80"), line("AV-2", "95,50")), InvoiceTrigger.HEBDOMADAIRE, NOW);
            assertThat(invoice.number()).isEqualTo("FG-757300-0003");
            assertThat(invoice.total()).isEqualTo(Money.of("175,50"));
            assertThat(invoice.lineIds()).hasSize(2);
        }

        @Test
        void never_gathers_a_line_twice_nor_one_of_another_convention() {
            InvoiceLine once = line("AV-1", "80");
            assertThatThrownBy(() -> GlobalInvoice.gather(UUID.randomUUID(), CONVENTION, ConventionCode.of("757300"), 1,
                    List.of(once, once), InvoiceTrigger.HEBDOMADAIRE, NOW)).isInstanceOf(IllegalArgumentException.class);
            InvoiceLine foreign = new InvoiceLine(UUID.randomUUID(), UUID.randomUUID(), "AV-9", "X", NIR,
                    Money.of("80"), NOW);
            assertThatThrownBy(() -> GlobalInvoice.gather(UUID.randomUUID(), CONVENTION, ConventionCode.of("757300"), 1,
                    List.of(foreign), InvoiceTrigger.HEBDOMADAIRE, NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> GlobalInvoice.gather(UUID.randomUUID(), CONVENTION, ConventionCode.of("757300"), 1,
                    List.of(), InvoiceTrigger.HEBDOMADAIRE, NOW)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class A_payment {

        private final List<PaymentLine> lines = List.of(
                new PaymentLine("DUPONT Jeanne", NIR, "AV-1", Money.of("80")),
                new PaymentLine("MARTIN Paul", NIR, "AV-2", Money.of("95,50")));

        private Result<Payment> record(String reference, LocalDate paidOn, String amount, List<PaymentLine> detail) {
            return Payment.record(UUID.randomUUID(), UUID.randomUUID(), CONVENTION, paidOn, reference,
                    Money.of(amount), detail, NOW, LocalDate.of(2025, 3, 17));
        }

        @Test
        void is_shown_to_the_partner_48_hours_after_the_payment_date() {
            Payment payment = record("VIR-2025-0042", LocalDate.of(2025, 3, 17), "175,50", lines).orElseThrow();
            Instant visible = Instant.parse("2025-03-18T23:00:00Z");
            assertThat(payment.visibleFrom()).isEqualTo(visible);
            assertThat(payment.isVisibleAt(visible.minusSeconds(1))).isFalse();
            assertThat(payment.isVisibleAt(visible)).isTrue();
        }

        @Test
        void is_refused_with_an_amount_other_than_the_sum_of_its_lines() {
            assertThat(record("VIR-1", LocalDate.of(2025, 3, 17), "175,49", lines))
                    .isEqualTo(Result.refused(Payment.AMOUNT_MISMATCH));
        }

        @Test
        void is_refused_in_the_future_without_lines_or_with_a_bad_reference() {
            assertThat(record("VIR-1", LocalDate.of(2025, 3, 18), "175,50", lines))
                    .isEqualTo(Result.refused(Payment.FUTURE_DATE));
            assertThat(record("VIR-1", LocalDate.of(2025, 3, 17), "0", List.of()))
                    .isEqualTo(Result.refused(Payment.NO_LINE));
            assertThat(record("=cmd|' /C calc'!A0", LocalDate.of(2025, 3, 17), "175,50", lines))
                    .isEqualTo(Result.refused(Payment.WRONG_REFERENCE));
            assertThat(record(" ", LocalDate.of(2025, 3, 17), "175,50", lines))
                    .isEqualTo(Result.refused(Payment.WRONG_REFERENCE));
        }

        @Test
        void never_shows_the_nir_when_printed() {
            assertThat(lines.getFirst().toString()).doesNotContain("7645108946");
        }
    }
}
