package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.Refusal;

import static fr.portailpartenaires.domain.habitat.Fixtures.COMMANDE;
import static fr.portailpartenaires.domain.habitat.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VisitDateTest {

    @Test
    void is_written_jj_mm_aaaa() {
        assertThat(new VisitDate(LocalDate.of(2024, 3, 5)).format()).isEqualTo("05/03/2024");
    }

    @Nested
    class Fitting_an_order {
        @Test
        void the_visit_may_be_on_the_date_de_commande_or_today() {
            VisitDate sameDay = new VisitDate(COMMANDE);
            assertThat(sameDay.validFor(COMMANDE, on(COMMANDE))).isEqualTo(Result.ok(sameDay));
        }

        @Test
        void the_visit_cannot_be_before_the_date_de_commande() {
            assertThat(new VisitDate(COMMANDE.minusDays(1)).validFor(COMMANDE, on(COMMANDE.plusDays(5))))
                    .isEqualTo(Result.refused(new Refusal("date_visite.anterieure_commande",
                            "La date de visite ne peut pas être antérieure à la date de commande.")));
        }

        @Test
        void the_visit_cannot_be_in_the_future() {
            LocalDate today = COMMANDE.plusDays(5);
            assertThat(new VisitDate(today.plusDays(1)).validFor(COMMANDE, on(today)))
                    .isEqualTo(Result.refused(new Refusal("date_visite.future",
                            "La date de visite ne peut pas être postérieure à la date du jour.")));
            assertThat(new VisitDate(today).validFor(COMMANDE, on(today)).isOk()).isTrue();
        }
    }
}
