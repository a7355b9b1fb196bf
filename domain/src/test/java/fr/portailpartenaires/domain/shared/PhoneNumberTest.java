package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    private static final Result<PhoneNumber> WRONG_FORMAT = Result.refused(new Refusal("telephone.format_invalide",
            "Le numéro de téléphone doit comporter 10 chiffres et commencer par 0, "
                    + "au format nn nn nn nn nn (par exemple 03 02 01 05 09)."));

    @Nested
    class Accepts {
        @ParameterizedTest
        @ValueSource(strings = {"0302010509", "03 02 01 05 09", "03.02.01.05.09", "03-02-01-05-09", " 03 02.01-0509 "})
        void ten_digits_with_or_without_separators(String typed) {
            assertThat(PhoneNumber.parse(typed)).isEqualTo(Result.ok(new PhoneNumber("0302010509")));
        }

        @Test
        void a_mobile_number() {
            assertThat(PhoneNumber.of("06 12 34 56 78").value()).isEqualTo("0612345678");
        }
    }

    @Nested
    class Reads_the_international_form_as_the_ten_digit_french_form {
        @ParameterizedTest
        @ValueSource(strings = {"+33302010509", "+33 3 02 01 05 09", "0033302010509", "00 33 3 02 01 05 09",
                "+33 (0)3 02 01 05 09", "+33.3.02.01.05.09", "+33-302-010-509"})
        void of_metropolitan_france(String typed) {
            assertThat(PhoneNumber.parse(typed)).isEqualTo(Result.ok(new PhoneNumber("0302010509")));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "+262 262 12 34 56, 0262123456",
                "+262 692 12 34 56, 0692123456",
                "+262 269 61 12 34, 0269611234",
                "+262 639 26 27 28, 0639262728",
                "00262 262 12 34 56, 0262123456",
                "+269 269 61 12 34, 0269611234",
                "+269 639 26 27 28, 0639262728",
                "+590 590 12 34 56, 0590123456",
                "+590 690 12 34 56, 0690123456",
                "+594 594 12 34 56, 0594123456",
                "+594 694 12 34 56, 0694123456",
                "+596 596 12 34 56, 0596123456",
                "+596 696 12 34 56, 0696123456",
                "+596 (0)596 12 34 56, 0596123456"})
        void of_the_overseas_departements(String typed, String tenDigits) {
            assertThat(PhoneNumber.parse(typed)).isEqualTo(Result.ok(new PhoneNumber(tenDigits)));
        }
    }

    @Test
    void is_stored_as_digits_and_shown_in_pairs_as_in_the_seed() {
        PhoneNumber phone = PhoneNumber.of("0302010509");
        assertThat(phone.value()).isEqualTo("0302010509");
        assertThat(phone.display()).isEqualTo("03 02 01 05 09").hasSize(14);
    }

    @Nested
    class Refuses {
        @ParameterizedTest
        @ValueSource(strings = {"030201050", "03020105091", "3302010509", "0002010509",
                "03 02 01 05 0A", "03/02/01/05/09"})
        void anything_but_ten_digits_starting_with_a_single_zero(String typed) {
            assertThat(PhoneNumber.parse(typed)).isEqualTo(WRONG_FORMAT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"+33 03 02 01 05 09", "+33 3 02 01 05 0", "+33 3 02 01 05 09 1", "++33302010509",
                "33302010509", "+1 202 555 0123", "+32 2 123 45 67", "0032 2 123 45 67",
                "+262 12 34 56", "+269 773 12 34", "+269 61 12 34", "+269 262 12 34 56", "+33 (0)(0)3 02 01 05 09",
                "+33 3 (0)02 01 05 09", "0302010509+33"})
        void other_countries_and_malformed_international_forms(String typed) {
            assertThat(PhoneNumber.parse(typed)).isEqualTo(WRONG_FORMAT);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void nothing(String typed) {
            assertThat(PhoneNumber.parse(typed)).isEqualTo(Result.refused(new Refusal("telephone.obligatoire",
                    "Le numéro de téléphone est obligatoire.")));
        }

        @Test
        void to_be_built_invalid() {
            assertThatThrownBy(() -> new PhoneNumber("03 02 01 05 09")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new PhoneNumber("+33302010509")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> PhoneNumber.of("12")).isInstanceOf(InvalidValueException.class);
        }
    }

    @Property
    void every_french_number_typed_after_plus_33_or_0033_is_itself(@ForAll("tenDigits") String number,
            @ForAll("separators") String separator, @ForAll boolean withPlus) {
        String typed = (withPlus ? "+33" : "0033") + separator + String.join(separator,
                number.substring(1, 2), number.substring(2, 4), number.substring(4, 6), number.substring(6, 8),
                number.substring(8, 10));
        assertThat(PhoneNumber.parse(typed)).isEqualTo(Result.ok(new PhoneNumber(number)));
    }

    @Property
    void every_number_typed_after_an_overseas_code_is_zero_and_its_nine_digits(
            @ForAll("overseasCodes") String code, @ForAll("tenDigits") String number) {
        assertThat(PhoneNumber.parse("+" + code + " " + number.substring(1)))
                .isEqualTo(Result.ok(new PhoneNumber(number)));
    }

    @Property
    void what_is_shown_reads_back_as_the_same_number(@ForAll("tenDigits") String number) {
        assertThat(PhoneNumber.parse(PhoneNumber.of(number).display())).isEqualTo(Result.ok(new PhoneNumber(number)));
    }

    @Provide
    Arbitrary<String> tenDigits() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.strings().numeric().ofLength(8))
                .as((first, rest) -> "0" + first + rest);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", ".", "-");
    }

    @Provide
    Arbitrary<String> overseasCodes() {
        return Arbitraries.of("262", "590", "594", "596");
    }
}
