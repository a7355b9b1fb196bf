package fr.portailpartenaires.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordBlocklistTest {

    @ParameterizedTest
    @ValueSource(strings = {"azerty", "motdepasse", "soleil", "doudou", "marseille", "123456789", "password",
        "azertyuiop123", "motdepasse123", "MotDePasse2024", "Marseille13", "portailpartenaires"})
    void the_bundled_list_holds_common_french_and_english_passwords(String password) {
        assertThat(PasswordBlocklist.bundled().contains(password)).isTrue();
    }

    @Test
    void the_bundled_list_is_a_few_hundred_entries_read_once() {
        assertThat(PasswordBlocklist.bundled().size()).isBetween(300, 2000);
        assertThat(PasswordBlocklist.bundled()).isSameAs(PasswordBlocklist.bundled());
        assertThat(PasswordBlocklist.bundled().contains("cheval agrafe batterie")).isFalse();
    }

    @Test
    void matching_ignores_case_and_unicode_compatibility_forms() {
        PasswordBlocklist blocklist = PasswordBlocklist.of(Set.of("Soleil2024"));

        assertThat(blocklist.contains("SOLEIL2024")).isTrue();
        assertThat(blocklist.contains("ｓｏｌｅｉｌ２０２４")).isTrue();
        assertThat(blocklist.contains("soleil2025")).isFalse();
    }

    @Test
    void reads_one_password_a_line_skipping_comments_and_blank_lines() throws IOException {
        String text = "# commentaire\n\n  azerty  \ndoudou\n";
        PasswordBlocklist read = PasswordBlocklist.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).isEqualTo(PasswordBlocklist.of(Set.of("azerty", "DOUDOU")))
                .hasSameHashCodeAs(PasswordBlocklist.of(Set.of("doudou", "azerty")))
                .hasToString("PasswordBlocklist[2 entries]");
        assertThat(read).isNotEqualTo(PasswordBlocklist.of(Set.of("azerty")));
    }
}
