package fr.portailpartenaires.domain.habitat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import org.junit.jupiter.api.Test;

/** The values an intervention order is made of: the GIR of the AGGIR grid and the ressources. */
class OrderValuesTest {

    @Test
    void a_gir_is_one_to_six() {
        assertThat(Gir.of(1)).isEqualTo(Result.ok(new Gir(1)));
        assertThat(Gir.of(6).orElseThrow().label()).isEqualTo("GIR 6");
        assertThat(Gir.of(0)).isInstanceOf(Result.Refused.class);
        assertThat(Gir.of(7)).isInstanceOf(Result.Refused.class);
        assertThat(((Result.Refused<Gir>) Gir.of(null)).refusal().code()).isEqualTo("gir.obligatoire");
        assertThatThrownBy(() -> new Gir(9)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ressources_are_ps_or_c_in_any_case() {
        assertThat(Ressources.parse(" ps ").orElseThrow()).isEqualTo(Ressources.PS);
        assertThat(Ressources.parse("C").orElseThrow().label()).isEqualTo("Couple");
        assertThat(((Result.Refused<Ressources>) Ressources.parse("X")).refusal().message())
                .isEqualTo("Les ressources sont PS (personne seule) ou C (couple).");
        assertThat(((Result.Refused<Ressources>) Ressources.parse(" ")).refusal().code())
                .isEqualTo("ressources.obligatoires");
    }
}
