package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.Refusal;

import static fr.portailpartenaires.domain.habitat.Fixtures.COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VisitContentTest {

    @Nested
    class Reading_the_form {
        @Test
        void keeps_trimmed_texts_and_the_works_in_the_forms_order_without_duplicates() {
            VisitContent content = VisitContent.parse(" Escalier raide ",
                    List.of(WorkType.MONTE_ESCALIER, WorkType.SALLE_DE_BAIN, WorkType.MONTE_ESCALIER), "  ").orElseThrow();
            assertThat(content.observations()).contains(new FreeText("Escalier raide"));
            assertThat(content.recommendedWorks()).containsExactly(WorkType.SALLE_DE_BAIN, WorkType.MONTE_ESCALIER);
            assertThat(content.recommendations()).isEmpty();
        }

        @Test
        void an_empty_form_is_an_empty_content() {
            assertThat(VisitContent.parse(null, List.of(), "")).isEqualTo(Result.ok(VisitContent.EMPTY));
        }

        @Test
        void a_refusal_names_the_field_it_belongs_to() {
            assertThat(VisitContent.parse("Devis 200 €", List.of(), null)).isEqualTo(Result.refused(new Refusal(
                    "attestation.observations.signe_euro",
                    "Ne saisissez pas le signe € dans ce champ : écrivez le mot « euros » à la place.")));
            assertThat(VisitContent.parse("ok", List.of(), "x".repeat(VisitContent.RECOMMENDATIONS_MAX_LENGTH + 1)))
                    .isEqualTo(Result.refused(new Refusal("attestation.preconisations.trop_long",
                            "Le texte ne doit pas dépasser 4000 caractères (4001 saisis).")));
        }

        @Test
        void the_maximum_length_is_allowed() {
            assertThat(VisitContent.parse("x".repeat(VisitContent.OBSERVATIONS_MAX_LENGTH), List.of(), null).isOk()).isTrue();
        }

        @Test
        void a_content_cannot_be_built_with_a_too_long_text() {
            var tooLong = Optional.of(new FreeText("x".repeat(VisitContent.OBSERVATIONS_MAX_LENGTH + 1)));
            assertThatThrownBy(() -> new VisitContent(tooLong, List.of(), Optional.empty()))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("texte.trop_long");
            assertThatThrownBy(() -> new VisitContent(Optional.empty(), List.of(), tooLong))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("texte.trop_long");
        }
    }

    @Nested
    class Completeness_for_transmission {
        @Test
        void observations_and_one_work_type_make_a_complete_content() {
            VisitContent minimal = VisitContent.parse("Douche inadaptée", List.of(WorkType.SALLE_DE_BAIN), null).orElseThrow();
            assertThat(minimal.isComplete()).isTrue();
            assertThat(minimal.completeForTransmission()).isEqualTo(Result.ok(minimal));
            assertThat(COMPLETE.isComplete()).isTrue();
        }

        @Test
        void the_observations_are_mandatory() {
            VisitContent content = VisitContent.parse(null, List.of(WorkType.WC), "Rehausse WC").orElseThrow();
            assertThat(content.isComplete()).isFalse();
            assertThat(content.completeForTransmission()).isEqualTo(Result.refused(new Refusal("attestation.observations_manquantes",
                    "Les observations de la visite sont obligatoires pour transmettre l'attestation à la caisse.")));
        }

        @Test
        void at_least_one_work_type_is_mandatory() {
            VisitContent content = VisitContent.parse("RAS", List.of(), "Rien").orElseThrow();
            assertThat(content.completeForTransmission()).isEqualTo(Result.refused(new Refusal("attestation.travaux_manquants",
                    "Indiquez au moins un type de travaux préconisés pour transmettre l'attestation à la caisse.")));
        }

        @Test
        void other_works_must_be_described_in_the_recommendations() {
            VisitContent vague = VisitContent.parse("Cuisine inadaptée", List.of(WorkType.AUTRE), "").orElseThrow();
            assertThat(vague.completeForTransmission()).isEqualTo(Result.refused(new Refusal("attestation.autres_travaux_a_preciser",
                    "Précisez dans les préconisations les autres travaux recommandés pour transmettre l'attestation à la caisse.")));
            assertThat(VisitContent.parse("Cuisine inadaptée", List.of(WorkType.AUTRE), "Abaisser le plan de travail")
                    .orElseThrow().isComplete()).isTrue();
        }
    }
}
