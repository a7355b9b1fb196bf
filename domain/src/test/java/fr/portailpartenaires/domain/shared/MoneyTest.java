package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final String NNBSP = "\u202F";

    @Nested
    class Parsing_french_input {

        @ParameterizedTest(name = "\"{0}\" is {1} cents")
        @CsvSource(delimiter = '|', value = {
                "1 234,56      | 123456",
                "1234.56       | 123456",
                "1\u00A0234,5  | 123450",
                "1\u202F234,56\u202F€ | 123456",
                "80 €          | 8000",
                "80€           | 8000",
                "0,05          | 5",
                "0             | 0",
                "007,10        | 710",
                "9999999999999,99 | 999999999999999"
        })
        void reads_what_users_type(String raw, long cents) {
            assertThat(Money.parse(raw)).isEqualTo(Result.ok(Money.ofCents(cents)));
        }

        @Test
        void reads_back_what_it_formats() {
            Money amount = Money.ofCents(123_456_789);
            assertThat(Money.parse(amount.format())).isEqualTo(Result.ok(amount));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void refuses_a_missing_amount(String raw) {
            assertThat(Money.parse(raw)).isEqualTo(Result.refused(new Refusal("montant.obligatoire", "Le montant est obligatoire.")));
            assertThat(Money.parse(null)).isEqualTo(Result.refused(new Refusal("montant.obligatoire", "Le montant est obligatoire.")));
        }

        @Test
        void refuses_a_negative_amount() {
            assertThat(Money.parse("-12,00"))
                    .isEqualTo(Result.refused(new Refusal("montant.negatif", "Le montant ne peut pas être négatif.")));
        }

        @Test
        void refuses_fractions_of_a_cent() {
            assertThat(Money.parse("12,345")).isEqualTo(Result.refused(new Refusal("montant.trop_de_decimales",
                    "Le montant ne peut pas avoir plus de deux chiffres après la virgule.")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"douze", "1.234,56", "12,", ",50", "12 € 50", "1e3", "+5"})
        void refuses_what_is_not_an_amount(String raw) {
            assertThat(Money.parse(raw)).isEqualTo(Result.refused(new Refusal("montant.format",
                    "Le montant doit être un nombre en euros, par exemple 1 234,56.")));
        }

        @Test
        void refuses_an_amount_beyond_thirteen_digits_of_euros() {
            assertThat(Money.parse("12345678901234")).isEqualTo(Result.refused(new Refusal("montant.trop_eleve", "Le montant est trop élevé.")));
        }

        @Test
        void of_throws_the_refusal_for_input_that_should_have_been_valid() {
            assertThat(Money.of("15,50")).isEqualTo(Money.ofCents(1550));
            assertThatThrownBy(() -> Money.of("abc")).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("montant.format");
        }
    }

    @Nested
    class Construction {
        @Test
        void an_amount_cannot_be_negative() {
            assertThatThrownBy(() -> Money.ofCents(-1)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("montant.negatif");
        }
    }

    @Nested
    class Arithmetic {
        @Test
        void adds_amounts() {
            assertThat(Money.ofCents(1050).plus(Money.ofCents(99))).isEqualTo(Money.ofCents(1149));
            assertThat(Money.ZERO.plus(Money.ofCents(1))).isEqualTo(Money.ofCents(1));
        }

        @Test
        void multiplies_by_a_count() {
            assertThat(Money.ofCents(12_500).times(3)).isEqualTo(Money.ofCents(37_500));
            assertThat(Money.ofCents(12_500).times(0)).isEqualTo(Money.ZERO);
        }

        @Test
        void refuses_a_negative_factor_and_overflow() {
            assertThatThrownBy(() -> Money.ofCents(1).times(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)))
                    .isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
        }

        @Test
        void compares_by_amount() {
            assertThat(Money.ofCents(100)).isLessThan(Money.ofCents(101)).isGreaterThan(Money.ZERO)
                    .isEqualByComparingTo(Money.of("1,00"));
        }
    }

    @Nested
    class Formatting {
        @ParameterizedTest(name = "{0} cents -> {1}")
        @CsvSource(delimiter = '|', value = {
                "0          | 0,00 €",
                "5          | 0,05 €",
                "99999      | 999,99 €",
                "123456     | 1 234,56 €",
                "100000000  | 1 000 000,00 €",
                "12345678901 | 123 456 789,01 €"
        })
        void writes_french_amounts_with_narrow_no_break_spaces(long cents, String expectedWithSpaces) {
            assertThat(Money.ofCents(cents).format()).isEqualTo(expectedWithSpaces.replace(" ", NNBSP));
        }
    }

    @Property
    void format_then_parse_gives_back_the_amount(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long cents) {
        Money amount = Money.ofCents(cents);
        assertThat(Money.parse(amount.format())).isEqualTo(Result.ok(amount));
    }
}
