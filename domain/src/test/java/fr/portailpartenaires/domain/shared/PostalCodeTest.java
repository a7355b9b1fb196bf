package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @Test
    void accepts_five_digits_trimmed() {
        assertThat(PostalCode.parse(" 62000 ")).isEqualTo(Result.ok(new PostalCode("62000")));
        assertThat(PostalCode.of("97400").value()).isEqualTo("97400");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6200", "620000", "62 000", "2A000", "abcde"})
    void refuses_anything_but_five_digits(String typed) {
        assertThat(PostalCode.parse(typed)).isEqualTo(Result.refused(new Refusal("code_postal.format_invalide",
                "Le code postal doit comporter exactement 5 chiffres (par exemple 62000).")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refuses_nothing(String typed) {
        assertThat(PostalCode.parse(typed)).isEqualTo(Result.refused(new Refusal("code_postal.obligatoire",
                "Le code postal est obligatoire.")));
    }

    @Test
    void cannot_be_built_invalid() {
        assertThatThrownBy(() -> new PostalCode("620")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PostalCode.of("620")).isInstanceOf(InvalidValueException.class);
    }
}
