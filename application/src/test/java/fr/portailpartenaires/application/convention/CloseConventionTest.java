package fr.portailpartenaires.application.convention;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.convention.CloseConvention.Closed;
import fr.portailpartenaires.application.convention.CloseConvention.Closure;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.EtatConvention;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caisse closes one of its validated conventions at an end date (spec §3.3), on in-memory ports. */
class CloseConventionTest {

    private static final CaisseCode CARSAT = InMemoryReferenceData.CARSAT_NORD_PICARDIE;
    private static final UUID PARTNER = UUID.randomUUID();

    private final PortalFixture portal = new PortalFixture();
    private final CloseConvention closing = new CloseConventionService(portal.support, portal.conventionPorts);
    private Principal carsat;
    private Principal cnavIdf;
    private ConventionId validated;
    private LocalDate today;

    @BeforeEach
    void seed() {
        carsat = portal.caisseAdministrator(CARSAT, "AdminCarsat", "Carsat2025");
        cnavIdf = portal.caisseAdministrator(InMemoryReferenceData.CNAV_IDF, "AdminCnav", "Cnav2025idf");
        validated = add(new Convention.Validee(new ConventionId(UUID.randomUUID()), PARTNER, terms("757300"),
                PortalFixture.T0.minus(Duration.ofDays(30)), PortalFixture.T0.minus(Duration.ofDays(29)),
                Optional.empty()));
        today = BusinessTime.dateOf(portal.clock.instant());
    }

    private ConventionId add(Convention convention) {
        portal.conventions.add(convention);
        return convention.id();
    }

    private ConventionTerms terms(String code) {
        return new ConventionTerms(portal.referenceData.caisse(CARSAT).orElseThrow(), ConventionCode.of(code),
                PartnerType.STRUCTURE_EVALUATION);
    }

    private Convention stored(ConventionId id) {
        return portal.conventions.find(id).orElseThrow().convention();
    }

    private List<AuditEvent> closures() {
        return portal.audit.events().stream().filter(event -> event.action().equals("CONVENTION_CLOSED")).toList();
    }

    @Test
    void the_caisse_closes_its_convention_at_a_later_date_and_it_is_closed_from_that_day_on() {
        LocalDate end = today.plusDays(21);

        Closed closed = done(closing.close(carsat, new Closure(validated, end), "10.0.0.1"));

        assertThat(closed.dateDeCloture()).isEqualTo(end);
        assertThat(closed.etat()).isEqualTo("validée");
        assertThat(stored(validated).etat(end.minusDays(1))).isEqualTo(EtatConvention.VALIDEE);
        assertThat(stored(validated).etat(end)).isEqualTo(EtatConvention.CLOTUREE);
        assertThat(((Convention.Validee) stored(validated)).isClosedOn(end)).isTrue();
        assertThat(closures()).singleElement().satisfies(event -> {
            assertThat(event.scope()).contains(CARSAT.value());
            assertThat(event.target()).contains("convention:" + validated.value());
            assertThat(event.details()).containsEntry("dateDeCloture", end.toString())
                    .containsEntry("conventionCode", "757300");
        });
    }

    @Test
    void closed_today_it_is_cloturee_at_once_and_can_no_longer_be_closed_or_moved() {
        Closed closed = done(closing.close(carsat, new Closure(validated, today), "10.0.0.1"));
        assertThat(closed.etat()).isEqualTo("clôturée");

        var again = refused(closing.close(carsat, new Closure(validated, today.plusDays(3)), "10.0.0.1"),
                Reason.CONFLICT);
        assertThat(again.refusal().message()).isEqualTo("Cette convention est clôturée.");
        assertThat(((Convention.Validee) stored(validated)).dateDeCloture()).contains(today);
    }

    @Test
    void a_later_closure_date_may_be_moved_while_the_convention_is_open() {
        done(closing.close(carsat, new Closure(validated, today.plusDays(30)), "10.0.0.1"));
        done(closing.close(carsat, new Closure(validated, today.plusDays(10)), "10.0.0.1"));

        assertThat(((Convention.Validee) stored(validated)).dateDeCloture()).contains(today.plusDays(10));
        assertThat(closures()).hasSize(2);
    }

    @Test
    void a_date_in_the_past_or_no_date_is_a_mistake_in_the_date_field_and_changes_nothing() {
        assertThat(invalid(closing.close(carsat, new Closure(validated, today.minusDays(1)), "10.0.0.1")))
                .containsEntry("dateDeCloture", List.of("La date de clôture ne peut pas être antérieure à la date du jour."));
        assertThat(invalid(closing.close(carsat, new Closure(validated, null), "10.0.0.1")))
                .containsEntry("dateDeCloture", List.of("La date de clôture est obligatoire."));
        assertThat(invalid(closing.close(carsat, null, "10.0.0.1"))).containsKey("formulaire");

        assertThat(((Convention.Validee) stored(validated)).dateDeCloture()).isEmpty();
        assertThat(closures()).isEmpty();
    }

    @Test
    void a_pending_or_invalidated_request_cannot_be_closed() {
        ConventionId pending = add(new Convention.EnAttenteDeValidation(new ConventionId(UUID.randomUUID()), PARTNER,
                terms("757301"), PortalFixture.T0));

        var refusal = refused(closing.close(carsat, new Closure(pending, today), "10.0.0.1"), Reason.CONFLICT);

        assertThat(refusal.refusal().message())
                .isEqualTo("Une convention en attente de validation ne peut pas être clôturée.");
        assertThat(stored(pending)).isInstanceOf(Convention.EnAttenteDeValidation.class);
    }

    @Test
    void another_caisse_does_not_see_the_convention_and_a_partner_user_is_no_caisse() {
        refused(closing.close(cnavIdf, new Closure(validated, today), "10.0.0.1"), Reason.NOT_FOUND);
        refused(closing.close(carsat, new Closure(new ConventionId(UUID.randomUUID()), today), "10.0.0.1"),
                Reason.NOT_FOUND);
        Principal partnerUser = new Principal.PartnerUser(new UserId(UUID.randomUUID()),
                new fr.portailpartenaires.domain.partner.PartnerId(PARTNER), Optional.empty(),
                new Principal.Session("s", "c", false, false));
        refused(closing.close(partnerUser, new Closure(validated, today), "10.0.0.1"), Reason.FORBIDDEN);
        refused(closing.close(Principal.anonymous(), new Closure(validated, today), "10.0.0.1"),
                Reason.UNAUTHENTICATED);

        assertThat(((Convention.Validee) stored(validated)).dateDeCloture()).isEmpty();
        assertThat(closures()).isEmpty();
    }

    @Test
    void today_is_the_day_in_paris_a_closure_at_00h30_on_new_year_s_day_may_be_dated_that_day() {
        portal.clock.advance(Duration.between(portal.clock.instant(), Instant.parse("2025-12-31T23:30:00Z")));
        LocalDate newYear = LocalDate.of(2026, 1, 1);

        Closed closed = done(closing.close(carsat, new Closure(validated, newYear), "10.0.0.1"));

        assertThat(closed.etat()).isEqualTo("clôturée");
    }
}
