package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerNameTest {

    @Test
    void accepts_a_trimmed_name_of_up_to_100_characters() {
        assertThat(PartnerName.parse("  Association Ciel Bleu ")).isEqualTo(Result.ok(new PartnerName("Association Ciel Bleu")));
        assertThat(PartnerName.parse("N".repeat(100)).isOk()).isTrue();
    }

    @Test
    void refuses_more_than_100_characters() {
        assertThat(PartnerName.parse("N".repeat(101))).isEqualTo(Result.refused(new Refusal("partenaire.nom_trop_long",
                "Le nom du partenaire ne doit pas dépasser 100 caractères.")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void refuses_nothing(String typed) {
        assertThat(PartnerName.parse(typed)).isEqualTo(Result.refused(new Refusal("partenaire.nom_obligatoire",
                "Le nom du partenaire est obligatoire.")));
    }

    @Test
    void refuses_a_name_on_several_lines() {
        assertThat(PartnerName.parse("Ciel\nBleu")).isEqualTo(Result.refused(new Refusal("partenaire.nom_caracteres_invalides",
                "Le nom du partenaire doit tenir sur une ligne, sans espace au début ni à la fin.")));
    }

    @Test
    void cannot_be_built_invalid() {
        assertThatThrownBy(() -> new PartnerName(" Ciel Bleu")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PartnerName.of("")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_partner_id_can_be_drawn_at_random_but_not_be_empty() {
        assertThat(PartnerId.random()).isNotEqualTo(PartnerId.random());
        assertThatThrownBy(() -> new PartnerId(null)).isInstanceOf(NullPointerException.class);
    }
}
