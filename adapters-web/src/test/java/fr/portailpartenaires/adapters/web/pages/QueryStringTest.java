package fr.portailpartenaires.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void keeps_the_order_given_repeats_a_name_and_leaves_out_the_blank_values() {
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("du", "01/03/2025");
        criteria.put("convention", "");
        criteria.put("commentaire", "format XML");
        assertThat(QueryString.EMPTY.and(criteria).andEach("avant", List.of("a1", "b2")).and("apres", "c3")
                .after("/services/historique-echanges"))
                .isEqualTo("/services/historique-echanges?du=01%2F03%2F2025&commentaire=format+XML&avant=a1&avant=b2"
                        + "&apres=c3");
    }

    @Test
    void encodes_what_a_value_holds_in_utf_8_so_that_it_cannot_add_a_parameter() {
        assertThat(QueryString.EMPTY.and("commentaire", "Réf. « 12 € » & curseur=x").after("/liste"))
                .isEqualTo("/liste?commentaire=R%C3%A9f.+%C2%AB+12+%E2%82%AC+%C2%BB+%26+curseur%3Dx");
    }

    @Test
    void an_address_without_parameters_is_its_path_alone() {
        assertThat(QueryString.EMPTY.and("filtre", null).and("tri", " ").after("/services/habitat/commandes"))
                .isEqualTo("/services/habitat/commandes");
    }
}
