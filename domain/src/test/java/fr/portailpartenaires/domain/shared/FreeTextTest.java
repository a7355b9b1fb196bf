package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Nested
    class Parsing {
        @Test
        void keeps_the_trimmed_text() {
            assertThat(FreeText.parse("  Douche à l'italienne  \n", 100))
                    .isEqualTo(Result.ok(Optional.of(new FreeText("Douche à l'italienne"))));
        }

        @Test
        void a_blank_comment_is_simply_absent() {
            assertThat(FreeText.parse(null, 10)).isEqualTo(Result.ok(Optional.empty()));
            assertThat(FreeText.parse(" \t\n", 10)).isEqualTo(Result.ok(Optional.empty()));
        }

        @Test
        void refuses_the_euro_sign_with_a_french_sentence() {
            assertThat(FreeText.parse("Devis à 150 €", 100)).isEqualTo(Result.refused(new Refusal("texte.signe_euro",
                    "Ne saisissez pas le signe € dans ce champ : écrivez le mot « euros » à la place.")));
        }

        @Test
        void accepts_the_maximum_length_counted_after_trimming_and_in_characters() {
            assertThat(FreeText.parse("  éèàùç  ", 5)).isEqualTo(Result.ok(Optional.of(new FreeText("éèàùç"))));
            assertThat(FreeText.parse("😀😀", 2).isOk()).isTrue();
        }

        @Test
        void refuses_a_text_longer_than_the_maximum() {
            assertThat(FreeText.parse("abcdef", 5)).isEqualTo(Result.refused(new Refusal("texte.trop_long",
                    "Le texte ne doit pas dépasser 5 caractères (6 saisis).")));
        }

        @Test
        void the_maximum_length_is_the_callers_and_must_be_positive() {
            assertThatThrownBy(() -> FreeText.parse("a", 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Construction {
        @Test
        void strips_its_value() {
            assertThat(new FreeText("  RAS ").value()).isEqualTo("RAS");
            assertThat(new FreeText("RAS").length()).isEqualTo(3);
        }

        @Test
        void cannot_be_blank_or_hold_the_euro_sign() {
            assertThatThrownBy(() -> new FreeText("  ")).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("texte.vide");
            assertThatThrownBy(() -> new FreeText("10€")).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("texte.signe_euro");
        }

        @Test
        void of_returns_a_present_text_or_throws() {
            assertThat(FreeText.of(" RAS ", 10)).isEqualTo(new FreeText("RAS"));
            assertThatThrownBy(() -> FreeText.of(" ", 10)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("texte.vide");
            assertThatThrownBy(() -> FreeText.of("trop long", 3)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("texte.trop_long");
        }
    }

    @Property
    void accepts_exactly_the_texts_without_euro_sign_within_the_maximum(
            @ForAll String raw, @ForAll @IntRange(min = 1, max = 50) int max) {
        String stripped = raw.strip();
        boolean acceptable = stripped.indexOf('€') < 0 && stripped.codePointCount(0, stripped.length()) <= max;
        assertThat(FreeText.parse(raw, max).isOk()).isEqualTo(acceptable);
    }
}
