package fr.portailpartenaires.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void an_iso_date_is_read_blank_is_absent_and_anything_else_is_the_field_s_error() {
        Map<String, List<String>> errors = new HashMap<>();

        assertThat(IsoDates.field(errors, "dateEffet", " 2026-12-31 ", "mauvaise date")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(IsoDates.field(errors, "dateFin", "  ", "mauvaise date")).isNull();
        assertThat(IsoDates.field(errors, "dateFin", null, "mauvaise date")).isNull();
        assertThat(errors).isEmpty();
        assertThat(IsoDates.field(errors, "dateDebut", "31/12/2026", "mauvaise date")).isNull();
        assertThat(IsoDates.field(errors, "dateCloture", "2026-02-30", "date impossible")).isNull();
        assertThat(errors).containsOnly(Map.entry("dateDebut", List.of("mauvaise date")),
                Map.entry("dateCloture", List.of("date impossible")));
    }
}
