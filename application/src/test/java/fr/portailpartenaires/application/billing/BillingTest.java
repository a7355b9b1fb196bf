package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.testing.PortalFixture;
import static fr.portailpartenaires.application.testing.InMemoryReferenceData.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.application.testing.InMemoryReferenceData.CNAV_IDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.billing.ManageInvoices.InvoiceView;
import fr.portailpartenaires.application.billing.ManageInvoices.LinePayment;
import fr.portailpartenaires.application.billing.ManageInvoices.PaymentForm;
import fr.portailpartenaires.application.billing.ManageInvoices.PaymentView;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.billing.PaymentSlips.PaymentSlip;
import fr.portailpartenaires.application.billing.PaymentSlips.SlipFormat;
import fr.portailpartenaires.application.billing.PaymentSlips.SlipSummary;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.exchange.SearchExchangeHistory.Criteria;
import fr.portailpartenaires.application.exchange.SearchExchangeHistory.Page;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.user.UserId;
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

/**
 * Billing on in-memory ports (spec §5): lines opened by transmissions, global invoices under the 50-lines / weekly
 * rule, the caisse's payment, the partner's slip 48 hours later, the exchange history of its downloads.
 * The fixture's clock starts on Monday 10 March 2025, 10:00 in Paris.
 */
class BillingTest {

    private static final Nir NIR = Nir.of("184127645108946");
    /** Monday 17 March 2025, 00:00 in Paris: the first weekly invoicing after the start. */
    private static final Instant NEXT_MONDAY = Instant.parse("2025-03-16T23:00:00Z");

    private final PortalFixture portal = new PortalFixture();
    private PartnerId partner;
    private ConventionId convention;
    private ConventionId otherConvention;
    private Principal alex;
    private Principal carsat;
    private Principal cnavIdf;

    @BeforeEach
    void seed() {
        partner = PartnerId.random();
        convention = convention(partner, CARSAT_NORD_PICARDIE, "757300", PartnerType.PRESTATAIRE_ERGOTHERAPEUTE);
        otherConvention = convention(PartnerId.random(), CARSAT_NORD_PICARDIE, "757301",
                PartnerType.PRESTATAIRE_ERGOTHERAPEUTE);
        alex = PortalFixture.partnerUser(partner, portal.nextUserId());
        carsat = portal.carsatAdministrator();
        cnavIdf = portal.caisseAdministrator(CNAV_IDF, "AdminCnav", "Cnav2025idf");
    }

    private ConventionId convention(PartnerId owner, CaisseCode caisse, String code, PartnerType type) {
        ConventionId id = new ConventionId(UUID.randomUUID());
        portal.conventions.add(new Convention.Validee(id, owner.value(),
                new ConventionTerms(portal.referenceData.caisse(caisse).orElseThrow(), ConventionCode.of(code), type),
                PortalFixture.T0.minus(Duration.ofDays(30)), PortalFixture.T0.minus(Duration.ofDays(29)),
                Optional.empty()));
        return id;
    }

    private InvoiceLine transmit(ConventionId to, String certificate) {
        return portal.invoiceLines.open(to, certificate, "DUPONT Jeanne", NIR, portal.clock.instant());
    }

    private static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

    private static Reason refusal(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).reason();
    }

    private void moveTo(Instant instant) {
        portal.clock.advance(Duration.between(portal.clock.instant(), instant));
    }

    @Nested
    class Invoice_lines {

        @Test
        void a_transmission_opens_one_line_at_the_conventions_tariff_or_the_default_one() {
            assertThat(transmit(convention, "AV-1").amount()).isEqualTo(Money.of("80,00"));
            portal.tariffs.set(convention.value(), Money.of("95,50"));
            assertThat(transmit(convention, "AV-2").amount()).isEqualTo(Money.of("95,50"));
        }

        @Test
        void a_certificate_transmitted_again_keeps_its_one_line() {
            InvoiceLine first = transmit(convention, "AV-1");
            assertThat(transmit(convention, "AV-1")).isEqualTo(first);
            assertThat(portal.invoices.allLines()).hasSize(1);
        }

        @Test
        void a_line_of_an_unknown_convention_is_a_bug_of_the_caller() {
            assertThatThrownBy(() -> transmit(new ConventionId(UUID.randomUUID()), "AV-1"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Global_invoices {

        @Test
        void under_fifty_lines_the_invoice_waits_for_the_weekly_invoicing() {
            transmit(convention, "AV-1");
            transmit(convention, "AV-2");
            moveTo(NEXT_MONDAY.minusSeconds(1));
            assertThat(portal.invoicing.generateDueInvoices()).isZero();
            moveTo(NEXT_MONDAY);
            assertThat(portal.invoicing.generateDueInvoices()).isEqualTo(1);
            InvoiceView invoice = done(portal.invoiceManagement.invoices(carsat)).getFirst();
            assertThat(invoice.numero()).isEqualTo("FG-757300-0001");
            assertThat(invoice.nombreLignes()).isEqualTo(2);
            assertThat(invoice.montant()).isEqualTo("160.00");
            assertThat(invoice.motif()).isEqualTo("Facturation hebdomadaire");
        }

        @Test
        void fifty_lines_are_invoiced_48_hours_after_the_fiftieth_transmission_with_those_sent_meanwhile() {
            IntStream.rangeClosed(1, 50).forEach(i -> transmit(convention, "AV-" + i));
            Instant fiftieth = portal.clock.instant();
            portal.clock.advance(Duration.ofHours(1));
            transmit(convention, "AV-51");
            moveTo(fiftieth.plus(Duration.ofHours(48)).minusSeconds(1));
            assertThat(portal.invoicing.generateDueInvoices()).isZero();
            moveTo(fiftieth.plus(Duration.ofHours(48)));
            assertThat(portal.invoicing.generateDueInvoices()).isEqualTo(1);
            InvoiceView invoice = done(portal.invoiceManagement.invoices(carsat)).getFirst();
            assertThat(invoice.nombreLignes()).isEqualTo(51);
            assertThat(invoice.motif()).isEqualTo("48 heures après transmission, 50 lignes ou plus");
        }

        @Test
        void a_rerun_bills_nothing_twice_and_later_lines_go_to_the_next_invoice() {
            transmit(convention, "AV-1");
            transmit(otherConvention, "AV-2");
            moveTo(NEXT_MONDAY);
            assertThat(portal.invoicing.generateDueInvoices()).isEqualTo(2);
            assertThat(portal.invoicing.generateDueInvoices()).isZero();
            transmit(convention, "AV-3");
            moveTo(NEXT_MONDAY.plus(Duration.ofDays(7)));
            assertThat(portal.invoicing.generateDueInvoices()).isEqualTo(1);
            assertThat(done(portal.invoiceManagement.invoices(carsat))).extracting(InvoiceView::numero)
                    .containsExactlyInAnyOrder("FG-757300-0001", "FG-757301-0001", "FG-757300-0002");
            assertThat(portal.invoices.allLines()).allSatisfy(line ->
                    assertThat(portal.invoices.invoiceOf(line.id())).isPresent());
        }

        @Test
        void a_line_already_invoiced_by_a_concurrent_run_makes_this_run_fail_without_billing_it_again() {
            transmit(convention, "AV-1");
            moveTo(NEXT_MONDAY);
            var open = portal.invoices.openLinesOf(convention.value());
            portal.invoicing.generateDueInvoices();
            var stale = fr.portailpartenaires.domain.billing.GlobalInvoice.gather(UUID.randomUUID(), convention.value(),
                    ConventionCode.of("757300"), 2, open, fr.portailpartenaires.domain.billing.InvoiceTrigger.HEBDOMADAIRE,
                    portal.clock.instant());
            assertThatThrownBy(() -> portal.invoices.add(stale)).isInstanceOf(IllegalStateException.class);
            assertThat(done(portal.invoiceManagement.invoices(carsat))).hasSize(1);
        }

        @Test
        void only_a_caisse_administrator_sees_invoices_and_only_those_of_its_caisse() {
            transmit(convention, "AV-1");
            moveTo(NEXT_MONDAY);
            portal.invoicing.generateDueInvoices();
            UUID invoice = done(portal.invoiceManagement.invoices(carsat)).getFirst().id();
            assertThat(done(portal.invoiceManagement.invoices(cnavIdf))).isEmpty();
            assertThat(refusal(portal.invoiceManagement.invoice(cnavIdf, invoice))).isEqualTo(Reason.NOT_FOUND);
            assertThat(refusal(portal.invoiceManagement.invoices(alex))).isEqualTo(Reason.FORBIDDEN);
            assertThat(done(portal.invoiceManagement.invoice(carsat, invoice)).lignes()).hasSize(1);
        }
    }

    @Nested
    class Payments_and_slips {

        private UUID invoice;

        @BeforeEach
        void invoiced() {
            transmit(convention, "AV-1");
            transmit(convention, "AV-2");
            moveTo(NEXT_MONDAY.plus(Duration.ofHours(9)));
            portal.invoicing.generateDueInvoices();
            invoice = done(portal.invoiceManagement.invoices(carsat)).getFirst().id();
        }

        private Outcome<PaymentView> pay(Principal who, String date, String reference, String amount,
                List<LinePayment> lines) {
            return portal.invoiceManagement.recordPayment(who, invoice, new PaymentForm(date, reference, amount, lines),
                    PortalFixture.FROM);
        }

        @Test
        void the_slip_appears_to_the_partner_48_hours_after_the_payment_date() {
            PaymentView payment = done(pay(carsat, "2025-03-17", "VIR-2025-0042", "160,00", null));
            assertThat(payment.nombreLignes()).isEqualTo(2);
            assertThat(done(portal.paymentSlips.slips(alex))).isEmpty();
            assertThat(refusal(portal.paymentSlips.download(alex, payment.id(), SlipFormat.PDF, PortalFixture.FROM)))
                    .isEqualTo(Reason.NOT_FOUND);
            moveTo(Instant.parse("2025-03-18T23:00:00Z"));
            List<SlipSummary> slips = done(portal.paymentSlips.slips(alex));
            assertThat(slips).containsExactly(new SlipSummary(payment.id(), "757300", LocalDate.of(2025, 3, 17),
                    "VIR-2025-0042", "160.00"));
            PaymentSlip slip = done(portal.paymentSlips.download(alex, payment.id(), SlipFormat.CSV, PortalFixture.FROM));
            assertThat(slip.numeroFacture()).isEqualTo("FG-757300-0001");
            assertThat(slip.lignes()).extracting(line -> line.nir().value()).containsOnly(NIR.value());
            assertThat(slip.toString()).doesNotContain(NIR.value());
        }

        @Test
        void a_download_is_traced_in_the_exchange_history_and_the_audit_trail_without_the_nir() {
            PaymentView payment = done(pay(carsat, "2025-03-17", "VIR-2025-0042", "160,00", null));
            moveTo(Instant.parse("2025-03-19T08:00:00Z"));
            done(portal.paymentSlips.download(alex, payment.id(), SlipFormat.PDF, PortalFixture.FROM));
            assertThat(portal.exchangeHistory.all()).singleElement().satisfies(entry -> {
                assertThat(entry.commentaire()).isEqualTo("Récupération du bordereau de paiement VIR-2025-0042 du"
                        + " 17/03/2025 (facture FG-757300-0001), format PDF");
                assertThat(entry.conventionId()).contains(convention.value());
                assertThat(entry.periodFrom()).isEqualTo(LocalDate.of(2025, 3, 10));
            });
            assertThat(portal.audit.events(AuditAction.DOWNLOADED)).singleElement()
                    .satisfies(event -> assertThat(event.toString()).doesNotContain(NIR.value()));
        }

        @Test
        void the_slip_of_another_convention_is_not_found() {
            PaymentView payment = done(pay(carsat, "2025-03-17", "VIR-1", "160,00", null));
            moveTo(Instant.parse("2025-03-20T08:00:00Z"));
            Principal stranger = PortalFixture.partnerUser(PartnerId.random(), portal.nextUserId());
            assertThat(refusal(portal.paymentSlips.download(stranger, payment.id(), SlipFormat.PDF, "x")))
                    .isEqualTo(Reason.UNPROCESSABLE);
            Principal otherPartner = PortalFixture.partnerUser(new PartnerId(portal.conventions.find(otherConvention)
                    .orElseThrow().convention().partnerId()), portal.nextUserId());
            assertThat(refusal(portal.paymentSlips.download(otherPartner, payment.id(), SlipFormat.PDF, "x")))
                    .isEqualTo(Reason.NOT_FOUND);
        }

        @Test
        void a_payment_with_a_per_line_detail_pays_each_line_at_the_amount_given() {
            PaymentView payment = done(pay(carsat, "2025-03-17", "VIR-2", "150,00",
                    List.of(new LinePayment("AV-1", "80"), new LinePayment("AV-2", "70"))));
            assertThat(payment.montant()).isEqualTo("150.00");
        }

        @Test
        void every_error_of_the_form_is_answered_at_once_and_nothing_is_stored() {
            Outcome<PaymentView> outcome = pay(carsat, "17/03/2025", "", "abc",
                    List.of(new LinePayment("AV-9", "80"), new LinePayment("AV-1", "x")));
            assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class, invalid -> assertThat(invalid.errors())
                    .containsKeys("datePaiement", "reference", "montant", "lignes[0].certificat", "lignes[1].montant"));
            assertThat(portal.payments.ofInvoice(invoice)).isEmpty();
        }

        @Test
        void an_amount_other_than_the_sum_or_a_future_date_is_refused() {
            assertThat(pay(carsat, "2025-03-17", "VIR-1", "159,99", null)).isInstanceOfSatisfying(Outcome.Invalid.class,
                    invalid -> assertThat(invalid.errors()).containsOnlyKeys("montant"));
            assertThat(pay(carsat, "2025-03-18", "VIR-1", "160", null)).isInstanceOfSatisfying(Outcome.Invalid.class,
                    invalid -> assertThat(invalid.errors()).containsOnlyKeys("datePaiement"));
        }

        @Test
        void an_invoice_is_paid_once_by_its_own_caisse_only() {
            assertThat(refusal(pay(cnavIdf, "2025-03-17", "VIR-1", "160", null))).isEqualTo(Reason.NOT_FOUND);
            assertThat(refusal(pay(alex, "2025-03-17", "VIR-1", "160", null))).isEqualTo(Reason.FORBIDDEN);
            done(pay(carsat, "2025-03-17", "VIR-1", "160", null));
            assertThat(refusal(pay(carsat, "2025-03-17", "VIR-2", "160", null))).isEqualTo(Reason.CONFLICT);
            assertThat(done(portal.invoiceManagement.invoices(carsat)).getFirst().payee()).isTrue();
        }
    }

    @Nested
    class Exchange_history {

        private UUID payment;

        @BeforeEach
        void downloaded() {
            transmit(convention, "AV-1");
            moveTo(NEXT_MONDAY.plus(Duration.ofHours(9)));
            portal.invoicing.generateDueInvoices();
            UUID invoice = done(portal.invoiceManagement.invoices(carsat)).getFirst().id();
            payment = done(portal.invoiceManagement.recordPayment(carsat, invoice,
                    new PaymentForm("2025-03-17", "VIR-7", "80", null), "x")).id();
            moveTo(Instant.parse("2025-03-19T08:00:00Z"));
            for (SlipFormat format : SlipFormat.values()) {
                done(portal.paymentSlips.download(alex, payment, format, "x"));
                portal.clock.advance(Duration.ofMinutes(1));
            }
            portal.exchangeHistory.append(new fr.portailpartenaires.domain.exchange.ExchangeEntry(UUID.randomUUID(),
                    portal.clock.instant(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
                    fr.portailpartenaires.domain.reference.RegimeCode.of("CNAV"), CARSAT_NORD_PICARDIE,
                    fr.portailpartenaires.domain.exchange.ExchangeEntry.HABITAT,
                    fr.portailpartenaires.domain.exchange.ExchangeInterface.ATTESTATION_VISITE,
                    "Transmission de l'attestation de visite AV-1", partner.value(), Optional.of(convention.value())));
        }

        private Page search(Principal who, Criteria criteria) {
            return done(portal.exchangeHistorySearch.search(who, criteria));
        }

        @Test
        void the_period_is_mandatory() {
            assertThat(portal.exchangeHistorySearch.search(alex, Criteria.period(null, " ")))
                    .isInstanceOfSatisfying(Outcome.Invalid.class, invalid ->
                            assertThat(invalid.errors()).containsOnlyKeys("du", "au"));
            assertThat(portal.exchangeHistorySearch.search(alex, Criteria.period("2025-03-20", "2025-03-19")))
                    .isInstanceOf(Outcome.Invalid.class);
        }

        @Test
        void the_period_is_typed_as_the_page_types_it_or_as_the_api_does_each_error_naming_its_date() {
            assertThat(search(alex, Criteria.period("01/03/2025", "31/03/2025")).entrees()).hasSize(3);
            assertThat(search(alex, Criteria.period("2025-03-01", "31/03/2025")).entrees()).hasSize(3);
            assertThat(search(alex, Criteria.period("19/03/2025", "19/03/2025")).entrees()).hasSize(3);
            assertThat(search(alex, Criteria.period("20/03/2025", "31/03/2025")).entrees()).isEmpty();
            assertThat(portal.exchangeHistorySearch.search(alex, Criteria.period(null, "")))
                    .isInstanceOfSatisfying(Outcome.Invalid.class, invalid -> assertThat(invalid.errors())
                            .containsEntry("du", List.of("La date de début de la période est obligatoire."))
                            .containsEntry("au", List.of("La date de fin de la période est obligatoire.")));
            assertThat(portal.exchangeHistorySearch.search(alex, Criteria.period("1 mars", "31/02/2025")))
                    .isInstanceOfSatisfying(Outcome.Invalid.class, invalid -> assertThat(invalid.errors())
                            .containsEntry("du", List.of("La date de début doit être saisie sous la forme JJ/MM/AAAA."))
                            .containsEntry("au", List.of("La date de fin 31/02/2025 n'existe pas dans le calendrier.")));
            assertThat(portal.exchangeHistorySearch.search(alex, Criteria.period("20/03/2025", "19/03/2025")))
                    .isInstanceOfSatisfying(Outcome.Invalid.class, invalid -> assertThat(invalid.errors())
                            .containsOnlyKeys("au"));
        }

        @Test
        void an_ergotherapeute_sees_only_the_payment_slip_entries_sorted_by_date_either_way() {
            Page newestFirst = search(alex, Criteria.period("2025-03-01", "2025-03-31"));
            assertThat(newestFirst.entrees()).extracting(entry -> entry.commentaire().replaceAll(".*format ", ""))
                    .containsExactly("CSV", "XML", "PDF");
            Page oldestFirst = search(alex, new Criteria("2025-03-01", "2025-03-31", null, null, null, null, null,
                    "asc", null, null));
            assertThat(oldestFirst.entrees()).extracting(entry -> entry.commentaire().replaceAll(".*format ", ""))
                    .containsExactly("PDF", "XML", "CSV");
        }

        @Test
        void the_filters_combine_and_pages_follow_each_other() {
            assertThat(search(alex, new Criteria("2025-03-01", "2025-03-31", "CNAV", "CARSAT-NORD-PICARDIE",
                    convention.value().toString(), "BORDEREAU_PAIEMENT", "format xml", null, null, null)).entrees())
                    .singleElement().satisfies(entry -> assertThat(entry.commentaire()).endsWith("XML"));
            assertThat(search(alex, new Criteria("2025-03-01", "2025-03-31", "MSA", null, null, null, null, null,
                    null, null)).entrees()).isEmpty();
            Page first = search(alex, new Criteria("2025-03-01", "2025-03-31", null, null, null, null, null, null,
                    null, 2));
            assertThat(first.entrees()).hasSize(2);
            Page second = search(alex, new Criteria("2025-03-01", "2025-03-31", null, null, null, null, null, null,
                    first.suivant().orElseThrow(), 2));
            assertThat(second.entrees()).singleElement().satisfies(entry ->
                    assertThat(entry.commentaire()).endsWith("PDF"));
            assertThat(second.suivant()).isEmpty();
        }

        @Test
        void the_caisse_sees_its_caisses_entries_and_the_other_caisse_none() {
            assertThat(search(carsat, Criteria.period("2025-03-01", "2025-03-31")).entrees()).hasSize(4);
            assertThat(search(cnavIdf, Criteria.period("2025-03-01", "2025-03-31")).entrees()).isEmpty();
            Principal stranger = PortalFixture.partnerUser(PartnerId.random(), portal.nextUserId());
            assertThat(search(stranger, Criteria.period("2025-03-01", "2025-03-31")).entrees()).isEmpty();
        }

        @Test
        void entries_are_purged_six_months_after_the_exchange() {
            moveTo(Instant.parse("2025-09-19T06:00:00Z"));
            assertThat(portal.exchangeHistoryPurge.purgeExpired()).isZero();
            moveTo(Instant.parse("2025-09-19T08:10:00Z"));
            assertThat(portal.exchangeHistoryPurge.purgeExpired()).isEqualTo(4);
            assertThat(portal.exchangeHistory.all()).isEmpty();
        }
    }
}
