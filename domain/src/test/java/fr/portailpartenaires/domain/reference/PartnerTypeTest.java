package fr.portailpartenaires.domain.reference;

import fr.portailpartenaires.domain.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.shared.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerTypeTest {

    @Test
    void carries_the_labels_of_the_seeds() {
        assertThat(PartnerType.values()).extracting(PartnerType::label).containsExactly(
                "Structure d'évaluation",
                "Prestataire de services d'aide à domicile",
                "Prestataire Ergothérapeute",
                "Habitat");
    }

    @Test
    void has_stable_codes() {
        assertThat(PartnerType.values()).extracting(PartnerType::code).containsExactly(
                "STRUCTURE_EVALUATION", "PRESTATAIRE_AIDE_DOMICILE", "PRESTATAIRE_ERGOTHERAPEUTE", "HABITAT");
    }

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void is_found_back_from_its_code(PartnerType type) {
        assertThat(PartnerType.fromCode(type.code())).isEqualTo(Result.ok(type));
        assertThat(PartnerType.fromCode(" " + type.code().toLowerCase() + " ")).isEqualTo(Result.ok(type));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requires_a_code(String raw) {
        assertThat(PartnerType.fromCode(raw))
                .isEqualTo(Result.refused(new Refusal("type_partenaire.obligatoire", "Le type de partenaire est obligatoire.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Habitat ergo", "Structure d'évaluation", "AFAS"})
    void refuses_an_unknown_code(String raw) {
        assertThat(PartnerType.fromCode(raw))
                .isEqualTo(Result.refused(new Refusal("type_partenaire.inconnu", "Le type de partenaire est inconnu.")));
    }
}
