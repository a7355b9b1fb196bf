package fr.portailpartenaires.adapters.web.habitat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HabitatLabelsTest {

    @Test
    void each_etat_of_an_attestation_de_visite_has_its_label() {
        assertThat(HabitatLabels.certificateState("AUCUNE")).isEqualTo("À créer");
        assertThat(HabitatLabels.certificateState("BROUILLON")).isEqualTo("Brouillon");
        assertThat(HabitatLabels.certificateState("TRANSMISE")).isEqualTo("Transmise");
        assertThat(HabitatLabels.certificateState("SANS_SUITE")).isEqualTo("Sans suite");
    }

    @Test
    void the_codes_of_a_sans_suite_and_of_a_decision_are_named_as_the_forms_name_them() {
        assertThat(HabitatLabels.motif("DEMENAGEMENT")).isEqualTo("Déménagement");
        assertThat(HabitatLabels.motif(null)).isNull();
        assertThat(HabitatLabels.workType("SALLE_DE_BAIN")).isEqualTo("Salle de bain / douche");
        assertThat(HabitatLabels.paymentTerms("SANS_SUBROGATION")).isEqualTo("Sans subrogation");
    }

    @Test
    void an_etat_the_use_cases_do_not_answer_is_a_bug() {
        assertThatThrownBy(() -> HabitatLabels.certificateState("ARCHIVEE")).isInstanceOf(IllegalArgumentException.class);
    }
}
