package fr.portailpartenaires.adapters.web.habitat;

import fr.portailpartenaires.domain.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The date of visit as the certificate's page reads it, {@code JJ/MM/AAAA} (the use case takes a date). */
class VisitDateOfThePagesTest {

    @Test
    void reads_a_french_date() {
        assertThat(HabitatPages.visitDate(" 05/03/2024 ")).isEqualTo(Result.ok(Optional.of(LocalDate.of(2024, 3, 5))));
        assertThat(HabitatPages.visitDate("29/02/2024").isOk()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void a_blank_date_is_no_date_yet_as_a_draft_may_have(String raw) {
        assertThat(HabitatPages.visitDate(raw)).isEqualTo(Result.ok(Optional.empty()));
        assertThat(HabitatPages.visitDate(null)).isEqualTo(Result.ok(Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05", "5/3/2024", "05/03/24", "05.03.2024", "05/03/2024 10:00", "demain"})
    void refuses_another_format(String raw) {
        assertThat(HabitatPages.visitDate(raw)).isEqualTo(Result.refused(new Refusal("date_visite.format",
                "La date de visite doit être saisie sous la forme JJ/MM/AAAA.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "29/02/2023", "00/01/2024", "12/13/2024"})
    void refuses_a_date_that_does_not_exist(String raw) {
        assertThat(HabitatPages.visitDate(raw)).isEqualTo(Result.refused(new Refusal("date_visite.inexistante",
                "La date de visite " + raw + " n'existe pas dans le calendrier.")));
    }
}
