package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

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

    @Test
    void is_stored_as_digits_and_shown_in_pairs_as_in_the_seed() {
        PhoneNumber phone = PhoneNumber.of("0302010509");
        assertThat(phone.value()).isEqualTo("0302010509");
        assertThat(phone.display()).isEqualTo("03 02 01 05 09").hasSize(14);
    }

    @Nested
    class Refuses {
        @ParameterizedTest
        @ValueSource(strings = {"030201050", "03020105091", "3302010509", "0002010509", "+33302010509",
                "03 02 01 05 0A", "03/02/01/05/09"})
        void anything_but_ten_digits_starting_with_a_single_zero(String typed) {
            assertThat(PhoneNumber.parse(typed)).isEqualTo(Result.refused("telephone.format_invalide",
                    "Le numéro de téléphone doit comporter 10 chiffres et commencer par 0, "
                            + "au format nn nn nn nn nn (par exemple 03 02 01 05 09)."));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void nothing(String typed) {
            assertThat(PhoneNumber.parse(typed)).isEqualTo(Result.refused("telephone.obligatoire",
                    "Le numéro de téléphone est obligatoire."));
        }

        @Test
        void to_be_built_invalid() {
            assertThatThrownBy(() -> new PhoneNumber("03 02 01 05 09")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> PhoneNumber.of("12")).isInstanceOf(InvalidValueException.class);
        }
    }
}
