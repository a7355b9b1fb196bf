package fr.portailpartenaires.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Properties of the policies over generated passwords (top-level: jqwik does not run JUnit {@code @Nested} classes). */
class PasswordPolicyPropertyTest {

    private static final Set<String> BLOCKED = Set.of("azertyuiop123", "motdepasse123");
    private final PasswordPolicy recommended = PasswordPolicy.recommended(PasswordBlocklist.of(BLOCKED));

    @Property
    void ppas_accepts_any_ascii_alphanumeric_of_8_to_12_characters_with_a_digit(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 7, max = 11) String rest,
            @ForAll @NumericChars @StringLength(1) String digit) {
        assertThat(PasswordPolicy.ppas().check(rest + digit, "x")).isEmpty();
    }

    @Property
    void ppas_refuses_any_password_with_a_character_other_than_an_ascii_letter_or_digit(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 6, max = 10) String rest,
            @ForAll("notAsciiAlphanumeric") String intruder) {
        assertThat(PasswordPolicy.ppas().check(rest + "1" + intruder, "x"))
                .extracting(refusal -> refusal.code())
                .containsAnyOf("mot_de_passe.accent", "mot_de_passe.caractere_special");
    }

    @Property
    void recommended_accepts_any_long_enough_string_that_is_neither_common_nor_the_login(
            @ForAll("passphrases") String password) {
        assertThat(recommended.check(password, "Alex7")).isEmpty();
    }

    @Provide
    Arbitrary<String> notAsciiAlphanumeric() {
        return Arbitraries.strings().all().ofLength(1)
                .filter(s -> !s.matches("[A-Za-z0-9]"));
    }

    @Provide
    Arbitrary<String> passphrases() {
        return Arbitraries.strings().all().ofMinLength(12).ofMaxLength(128)
                .filter(s -> s.codePointCount(0, s.length()) >= 12)
                .filter(s -> !PasswordBlocklist.normalize(s).contains("alex7"))
                .filter(s -> !BLOCKED.contains(PasswordBlocklist.normalize(s)));
    }
}
