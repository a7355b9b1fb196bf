package fr.portailpartenaires.domain.habitat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void the_sans_suite_motifs_are_those_of_the_list_in_that_order() {
        assertThat(Arrays.stream(SansSuiteMotif.values()).map(SansSuiteMotif::label)).containsExactly(
                "Refus du bénéficiaire", "Bénéficiaire injoignable", "Décès", "Entrée en établissement",
                "Déménagement", "Autre");
    }

    @Test
    void every_work_type_has_a_distinct_french_label_and_autre_comes_last() {
        assertThat(Arrays.stream(WorkType.values()).map(WorkType::label)).doesNotHaveDuplicates()
                .contains("Salle de bain / douche", "WC", "Monte-escalier", "Barres d'appui", "Éclairage")
                .last().isEqualTo("Autres travaux (à préciser)");
    }

    @Test
    void the_payment_terms_say_whether_the_aid_is_subrogated() {
        assertThat(PaymentTerms.AVEC_SUBROGATION.label()).isEqualTo("Avec subrogation");
        assertThat(PaymentTerms.SANS_SUBROGATION.label()).isEqualTo("Sans subrogation");
    }
}
