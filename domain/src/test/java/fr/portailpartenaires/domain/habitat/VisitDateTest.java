package fr.portailpartenaires.domain.habitat;

import static fr.portailpartenaires.domain.habitat.Fixtures.COMMANDE;
import static fr.portailpartenaires.domain.habitat.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisitDateTest {

    @Nested
    class Parsing_jj_mm_aaaa {
        @Test
        void reads_a_french_date() {
            assertThat(VisitDate.parse(" 05/03/2024 ")).isEqualTo(Result.ok(new VisitDate(LocalDate.of(2024, 3, 5))));
            assertThat(VisitDate.parse("29/02/2024").isOk()).isTrue();
        }

        @Test
        void writes_it_back_the_same_way() {
            assertThat(VisitDate.of("05/03/2024").format()).isEqualTo("05/03/2024");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  "})
        void refuses_a_missing_date(String raw) {
            assertThat(VisitDate.parse(raw)).isEqualTo(Result.refused("date_visite.obligatoire", "La date de visite est obligatoire."));
            assertThat(VisitDate.parse(null)).isEqualTo(Result.refused("date_visite.obligatoire", "La date de visite est obligatoire."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024-03-05", "5/3/2024", "05/03/24", "05.03.2024", "05/03/2024 10:00", "demain"})
        void refuses_another_format(String raw) {
            assertThat(VisitDate.parse(raw)).isEqualTo(Result.refused("date_visite.format",
                    "La date de visite doit être saisie sous la forme JJ/MM/AAAA."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"31/02/2024", "29/02/2023", "00/01/2024", "12/13/2024"})
        void refuses_a_date_that_does_not_exist(String raw) {
            assertThat(VisitDate.parse(raw)).isEqualTo(Result.refused("date_visite.inexistante",
                    "La date de visite " + raw + " n'existe pas dans le calendrier."));
        }

        @Test
        void of_throws_on_invalid_input() {
            assertThatThrownBy(() -> VisitDate.of("31/02/2024")).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("date_visite.inexistante");
        }
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
                    .isEqualTo(Result.refused("date_visite.anterieure_commande",
                            "La date de visite ne peut pas être antérieure à la date de commande."));
        }

        @Test
        void the_visit_cannot_be_in_the_future() {
            LocalDate today = COMMANDE.plusDays(5);
            assertThat(new VisitDate(today.plusDays(1)).validFor(COMMANDE, on(today)))
                    .isEqualTo(Result.refused("date_visite.future",
                            "La date de visite ne peut pas être postérieure à la date du jour."));
            assertThat(new VisitDate(today).validFor(COMMANDE, on(today)).isOk()).isTrue();
        }
    }
}
