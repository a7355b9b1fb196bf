package fr.portailpartenaires.application.billing;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.billing.ManageTariffs.TariffForm;
import fr.portailpartenaires.application.billing.ManageTariffs.TariffView;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caisse sets a convention's fee from an effective date; invoicing takes the fee of the transmission day. */
class ManageTariffsTest {

    private static final Nir NIR = Nir.of("184127645108946");

    private final PortalFixture portal = new PortalFixture();
    private final ManageTariffs manage = new ManageTariffsService(portal.support, portal.billingPorts);
    private Principal carsat;
    private Principal cnavIdf;
    private ConventionId convention;
    private LocalDate today;

    @BeforeEach
    void seed() {
        carsat = portal.caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE, "AdminCarsat", "Carsat2025");
        cnavIdf = portal.caisseAdministrator(InMemoryReferenceData.CNAV_IDF, "AdminCnav", "Cnav2025idf");
        convention = new ConventionId(UUID.randomUUID());
        portal.conventions.add(new Convention.Validee(convention, UUID.randomUUID(), new ConventionTerms(
                portal.referenceData.caisse(InMemoryReferenceData.CARSAT_NORD_PICARDIE).orElseThrow(),
                ConventionCode.of("757300"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE), PortalFixture.T0,
                PortalFixture.T0, Optional.empty()));
        today = BusinessTime.dateOf(portal.clock.instant());
    }

    private Money invoicedToday() {
        return portal.invoiceLines.open(convention, "AV-" + UUID.randomUUID().toString().substring(0, 8), "DUPONT",
                NIR, portal.clock.instant()).amount();
    }

    @Test
    void a_fee_from_tomorrow_leaves_today_at_the_default_and_is_invoiced_from_its_first_day() {
        List<TariffView> fees = done(manage.setTariff(carsat, convention, new TariffForm("95,50", today.plusDays(1)),
                "10.0.0.1"));

        assertThat(fees).singleElement().satisfies(fee -> {
            assertThat(fee.dateEffet()).isEqualTo(today.plusDays(1));
            assertThat(fee.montantCentimes()).isEqualTo(9550);
        });
        assertThat(invoicedToday()).isEqualTo(Money.of("80"));
        portal.clock.advance(Duration.ofDays(1));
        assertThat(invoicedToday()).isEqualTo(Money.of("95,50"));
        done(manage.setTariff(carsat, convention, new TariffForm("100", today.plusDays(10)), "10.0.0.1"));
        assertThat(done(manage.tariffs(carsat, convention))).extracting(TariffView::montantCentimes)
                .containsExactly(9550L, 10000L);
        assertThat(portal.audit.events().stream().filter(event -> event.action().equals("TARIFF_SET"))).hasSize(2);
    }

    @Test
    void bad_input_or_a_past_date_changes_nothing() {
        assertThat(invalid(manage.setTariff(carsat, convention, new TariffForm("quatre-vingts", today.minusDays(1)),
                "x"))).containsKeys("montant", "dateEffet");
        assertThat(invalid(manage.setTariff(carsat, convention, new TariffForm("", null), "x")))
                .containsKeys("montant", "dateEffet");
        assertThat(done(manage.tariffs(carsat, convention))).isEmpty();
    }

    @Test
    void another_caisse_does_not_find_the_convention_and_a_partner_user_may_not_set_a_fee() {
        refused(manage.setTariff(cnavIdf, convention, new TariffForm("95", today), "x"), Reason.NOT_FOUND);
        refused(manage.tariffs(cnavIdf, convention), Reason.NOT_FOUND);
        Principal partnerUser = new Principal.PartnerUser(new fr.portailpartenaires.domain.user.UserId(UUID.randomUUID()),
                fr.portailpartenaires.domain.partner.PartnerId.random(), Optional.empty(),
                new Principal.Session("s", "c", false, false));
        refused(manage.setTariff(partnerUser, convention, new TariffForm("95", today), "x"), Reason.FORBIDDEN);
        assertThat(portal.tariffs.history(convention.value())).isEmpty();
    }
}
