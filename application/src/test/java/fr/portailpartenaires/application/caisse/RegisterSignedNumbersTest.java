package fr.portailpartenaires.application.caisse;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.ImportLine;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.ImportReport;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.LineReport;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.LineStatus;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.SignedNumberForm;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.SignedNumberView;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.SignedConventionNumber;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A caisse registers the convention numbers it signed, one by one or by file (spec §3.4), on in-memory ports. */
class RegisterSignedNumbersTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private final PortalFixture portal = new PortalFixture();
    private final RegisterSignedNumbers register = new RegisterSignedNumbersService(portal.support,
            portal.caissePorts);
    private Principal carsat;

    @BeforeEach
    void caisse() {
        carsat = portal.caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE, "AdminCarsat", "Carsat2025");
    }

    private static SignedNumberForm ergo(String code) {
        return new SignedNumberForm(code, "PRESTATAIRE_ERGOTHERAPEUTE", "Léa Mercier Ergothérapie", START, null);
    }

    private static ImportLine line(int number, SignedNumberForm form) {
        return new ImportLine(number, Optional.of(form), List.of());
    }

    private Optional<SignedConventionNumber> stored(String code) {
        return portal.referenceData.signedNumber(InMemoryReferenceData.CARSAT_NORD_PICARDIE, ConventionCode.of(code));
    }

    @Test
    void a_number_is_added_with_its_type_name_and_dates_once() {
        SignedNumberView added = done(register.add(carsat, ergo("62739900"), "10.0.0.1"));

        assertThat(added.code()).isEqualTo("62739900");
        assertThat(added.typePartenaire()).isEqualTo("Prestataire Ergothérapeute");
        assertThat(added.utilise()).isFalse();
        assertThat(stored("62739900")).hasValueSatisfying(number ->
                assertThat(number.expectedName().orElseThrow().value()).isEqualTo("Léa Mercier Ergothérapie"));
        assertThat(invalid(register.add(carsat, ergo("62739900"), "10.0.0.1")))
                .containsEntry("code", List.of(RegisterSignedNumbersService.ALREADY_REGISTERED));
        assertThat(portal.audit.events().stream().filter(event -> event.action().equals("CONVENTION_NUMBER_ADDED")))
                .hasSize(1);
    }

    @Test
    void bad_input_is_told_per_field_and_stores_nothing() {
        assertThat(invalid(register.add(carsat, new SignedNumberForm("62-739", "PLOMBIER", "", null, null), "x")))
                .containsKeys("code", "typePartenaire", "raisonSociale", "dateDebut");
        assertThat(invalid(register.add(carsat, new SignedNumberForm("62739900", "HABITAT", "Léa", START,
                START.minusDays(1)), "x"))).containsEntry("dateFin",
                List.of(SignedConventionNumber.END_BEFORE_START.message()));
        assertThat(stored("62739900")).isEmpty();
    }

    @Test
    void a_file_is_taken_whole_new_numbers_added_known_ones_left_as_they_are() {
        ImportReport report = done(register.importNumbers(carsat, List.of(line(2, ergo("62739900")),
                line(3, ergo("757300")), line(4, ergo("cl19720812"))), "10.0.0.1"));

        assertThat(report.stored()).isTrue();
        assertThat(report.lines()).extracting(LineReport::status)
                .containsExactly(LineStatus.AJOUTE, LineStatus.DEJA_PRESENT, LineStatus.AJOUTE);
        assertThat(report.added()).isEqualTo(2);
        assertThat(stored("CL19720812")).isPresent();
        assertThat(stored("757300")).hasValue(SignedConventionNumber.codeOnly(InMemoryReferenceData.CARSAT_NORD_PICARDIE,
                ConventionCode.of("757300")));
    }

    @Test
    void a_file_with_one_bad_line_stores_nothing_and_says_why_line_by_line() {
        ImportReport report = done(register.importNumbers(carsat, List.of(line(2, ergo("62739900")),
                new ImportLine(3, Optional.empty(), List.of("La date de début « 31/02/2026 » n'est pas une date.")),
                line(4, ergo("62739900")), line(5, ergo("9059003C"))), "10.0.0.1"));

        assertThat(report.stored()).isFalse();
        assertThat(report.message()).startsWith("Fichier refusé : aucun numéro n'a été enregistré");
        assertThat(report.lines()).extracting(LineReport::status).containsExactly(LineStatus.AJOUTE,
                LineStatus.REFUSE, LineStatus.REFUSE, LineStatus.AJOUTE);
        assertThat(report.lines().get(2).reasons()).containsExactly("Ce numéro figure déjà à la ligne 2 du fichier.");
        assertThat(stored("62739900")).isEmpty();
        assertThat(stored("9059003C")).isEmpty();
        assertThat(done(register.importNumbers(carsat, List.of(), "x")).stored()).isFalse();
    }

    @Test
    void only_a_caisse_administrator_registers_or_lists_numbers_and_a_list_says_which_are_in_use() {
        Principal partnerUser = new Principal.PartnerUser(new UserId(UUID.randomUUID()), PartnerId.random(),
                Optional.empty(), new Principal.Session("s", "c", false, false));
        refused(register.add(partnerUser, ergo("62739900"), "x"), Reason.FORBIDDEN);
        refused(register.importNumbers(Principal.anonymous(), List.of(line(2, ergo("62739900"))), "x"),
                Reason.UNAUTHENTICATED);
        assertThat(stored("62739900")).isEmpty();

        done(register.add(carsat, ergo("62739900"), "x"));
        assertThat(done(register.list(carsat, Optional.empty(), 10))).extracting(SignedNumberView::code)
                .containsExactly("62739900", "757300", "757301");
        assertThat(done(register.list(carsat, Optional.of("757300"), 10))).extracting(SignedNumberView::code)
                .containsExactly("757301");
    }
}
