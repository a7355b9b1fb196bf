package fr.portailpartenaires.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    @Nested
    class A_date_of_the_json_api {

        @Test
        void is_read_iso_and_blank_is_absent() {
            JsonFields fields = new JsonFields();

            assertThat(fields.date("dateEffet", " 2026-12-31 ", "La date d'effet")).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(fields.date("dateFin", "  ", "La date de fin")).isNull();
            assertThat(fields.date("dateFin", null, "La date de fin")).isNull();
            assertThat(fields.hasErrors()).isFalse();
        }

        @Test
        void written_any_other_way_is_the_field_s_french_error() {
            JsonFields fields = new JsonFields();

            assertThat(fields.date("dateDebut", "31/12/2026", "La date de début")).isNull();
            assertThat(fields.date("dateFin", "2026-1-5", "La date de fin")).isNull();

            assertThat(fields.errors()).containsExactly(
                    Map.entry("dateDebut", List.of("La date de début doit être une date au format AAAA-MM-JJ.")),
                    Map.entry("dateFin", List.of("La date de fin doit être une date au format AAAA-MM-JJ.")));
        }

        @Test
        void that_the_calendar_lacks_is_refused_never_corrected() {
            JsonFields fields = new JsonFields();

            assertThat(fields.date("dateCloture", "2024-02-31", "La date de clôture")).isNull();
            assertThat(fields.date("dateVisite", "2023-02-29", "La date de visite")).isNull();
            assertThat(fields.isoDate("dateFin", "2024-04-31", "La date de fin")).isNull();

            assertThat(fields.errors()).containsExactly(
                    Map.entry("dateCloture", List.of(
                            "La date de clôture n'existe pas au calendrier (2024-02-31) : vérifiez le jour et le mois.")),
                    Map.entry("dateVisite", List.of(
                            "La date de visite n'existe pas au calendrier (2023-02-29) : vérifiez le jour et le mois.")),
                    Map.entry("dateFin", List.of(
                            "La date de fin n'existe pas au calendrier (2024-04-31) : vérifiez le jour et le mois.")));
        }

        @Test
        void is_given_to_a_command_as_a_date_or_as_its_iso_text() {
            JsonFields fields = new JsonFields();

            assertThat(fields.date("dateVisite", "2024-02-29", "La date de visite"))
                    .isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(fields.isoDate("dateFin", " 2024-02-29 ", "La date de fin")).isEqualTo("2024-02-29");
            assertThat(fields.date("dateVisite", "", "La date de visite")).isNull();
            assertThat(fields.isoDate("dateFin", null, "La date de fin")).isNull();
            assertThat(fields.hasErrors()).isFalse();
        }
    }
}
