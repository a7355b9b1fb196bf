package fr.portailpartenaires.adapters.web.habilitation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.web.habilitation.AfasLabels.ConventionJson;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionView;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AfasLabelsTest {

    private static final ConventionView FARANDOLE = new ConventionView(UUID.randomUUID(),
            "Centre Social La Farandole Istres", "Caf 132", "Centre Social La Farandole Istres",
            LocalDate.of(2018, 8, 30), null, false, LocalDate.of(2018, 8, 30));

    @Test
    void a_convention_is_validee_on_the_day_the_caf_validated_it_with_the_other_actions_of_its_line() {
        ConventionJson json = ConventionJson.of(FARANDOLE);

        assertThat(json.etat()).isEqualTo("Validée le 30/08/2018");
        assertThat(json.actions()).containsExactly("Groupes", "Utilisateurs", "Détail de la convention",
                "Télécharger PDF");
        assertThat(json.statut()).isEqualTo("Ouvert");
    }

    @Test
    void the_etat_filter_reads_the_label_in_any_case_and_a_blank_one_asks_nothing() {
        assertThat(AfasLabels.etatContains(FARANDOLE, "validée le 30/08")).isTrue();
        assertThat(AfasLabels.etatContains(FARANDOLE, " ")).isTrue();
        assertThat(AfasLabels.etatContains(FARANDOLE, null)).isTrue();
        assertThat(AfasLabels.etatContains(FARANDOLE, "31/08/2018")).isFalse();
    }

    @Test
    void a_convention_is_ouvert_until_it_is_closed_and_the_statut_filter_reads_that_label() {
        assertThat(AfasLabels.statut(false)).isEqualTo("Ouvert");
        assertThat(AfasLabels.statut(true)).isEqualTo("Clôturé");
        assertThat(AfasLabels.statutContains(FARANDOLE, "ouvert")).isTrue();
        assertThat(AfasLabels.statutContains(FARANDOLE, null)).isTrue();
        assertThat(AfasLabels.statutContains(FARANDOLE, "Clôturé")).isFalse();
    }

    @Test
    void a_grant_starts_on_its_day_marked_while_the_caf_has_not_validated_its_approver() {
        assertThat(AfasLabels.grantStart(LocalDate.of(2018, 8, 30), false)).isEqualTo("30/08/2018");
        assertThat(AfasLabels.grantStart(LocalDate.of(2018, 8, 30), true)).isEqualTo("30/08/2018*");
        assertThat(AfasLabels.grantStart(null, false)).isNull();
    }
}
