package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.Refusal;

import static fr.portailpartenaires.domain.habitat.Fixtures.COMMANDE;
import static fr.portailpartenaires.domain.habitat.Fixtures.COMPLETE;
import static fr.portailpartenaires.domain.habitat.Fixtures.NOW;
import static fr.portailpartenaires.domain.habitat.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.habitat.VisitCertificate.Brouillon;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The transmission's date checks, on drafts that could only come from storage or an older clock. */
class VisitCertificateTest {

    @Test
    void transmission_checks_the_visit_date_again_against_today() {
        LocalDate today = LocalDate.of(2024, 3, 10);
        var draft = new Brouillon(Optional.of(new VisitDate(today.plusDays(1))), COMPLETE, NOW.instant());
        assertThat(draft.transmit(COMMANDE, on(today))).isEqualTo(Result.refused(new Refusal("date_visite.future",
                "La date de visite ne peut pas être postérieure à la date du jour.")));
        assertThat(draft.transmit(COMMANDE, on(today.plusDays(1))).isOk()).isTrue();
    }

    @Test
    void transmission_checks_the_visit_date_again_against_the_date_de_commande() {
        var draft = new Brouillon(Optional.of(new VisitDate(COMMANDE.minusDays(1))), COMPLETE, NOW.instant());
        assertThat(draft.transmit(COMMANDE, NOW)).isEqualTo(Result.refused(new Refusal("date_visite.anterieure_commande",
                "La date de visite ne peut pas être antérieure à la date de commande.")));
    }

    @Test
    void the_date_is_checked_before_the_content() {
        var draft = new Brouillon(Optional.of(new VisitDate(COMMANDE.minusDays(1))), VisitContent.EMPTY, NOW.instant());
        assertThat(draft.transmit(COMMANDE, NOW).isOk()).isFalse();
        assertThat(((Result.Refused<?>) draft.transmit(COMMANDE, NOW)).refusal().code())
                .isEqualTo("date_visite.anterieure_commande");
    }
}
