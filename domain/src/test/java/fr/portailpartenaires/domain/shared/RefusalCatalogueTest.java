package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of refusal messages (ADR 31) against the code of every module: each code given has its message, each
 * message is given, and a message takes exactly the values it is given.
 */
class RefusalCatalogueTest {

    /** The first argument of the calls that name a code, and the constants of the refusal enums. */
    private static final Pattern CODE_GIVEN = Pattern.compile(
            "(?:Refusal\\.of|Result\\.refused|Outcome\\.refused\\(\\s*(?:Outcome\\.)?Reason\\.\\w+,)\\(?\\s*\"([^\"]+)\""
                    + "|(?:sharedRule\\([^,]+|\\bcode\\(\\w+, \\w+\\.class),\\s*\"([^\"]+)\""
                    + "|^\\s+[A-Z_]+\\(\"([a-z_]+\\.[a-z_.]+)\"\\)[,;]",
            Pattern.MULTILINE);

    private static String mainSources;

    @BeforeAll
    static void readTheMainSourcesOfEveryModule() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> modules = Files.list(root)) {
            mainSources = modules.map(module -> module.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .flatMap(RefusalCatalogueTest::javaFiles)
                    .map(RefusalCatalogueTest::read)
                    .collect(Collectors.joining("\n"));
        }
        assertThat(mainSources).contains("public record Refusal(").contains("public enum PartnerRefusal");
    }

    @Nested
    class Against_the_code {

        @Test
        void every_code_given_by_name_has_its_message() {
            Set<String> given = new TreeSet<>();
            Matcher matcher = CODE_GIVEN.matcher(mainSources);
            while (matcher.find()) {
                given.add(matcher.group(1) != null ? matcher.group(1)
                        : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
            }
            assertThat(given).hasSizeGreaterThan(200).contains("attestation.transmise", "afas.demande_introuvable",
                    "partenaire.dernier_administrateur", "date.saisie_hors_format", "travaux.inconnu");
            assertThat(given).allSatisfy(code -> assertThat(Refusal.catalogue()).containsKey(code));
        }

        @Test
        void every_message_is_given_by_some_code() {
            Set<String> unused = new TreeSet<>();
            for (String code : Refusal.catalogue().keySet()) {
                int dot = code.indexOf('.');
                boolean composed = isWritten(code.substring(0, dot)) && isWritten(code.substring(dot));
                if (!isWritten(code) && !composed) {
                    unused.add(code);
                }
            }
            assertThat(unused).as("messages no code gives (remove them, or give them)").isEmpty();
        }
    }

    @Nested
    class Its_messages {

        @Test
        void are_french_sentences_whose_only_placeholders_are_s_and_d() {
            assertThat(Refusal.catalogue()).hasSizeGreaterThan(200).allSatisfy((code, message) -> {
                assertThat(code).matches("[a-zA-Z_]+(\\.[a-zA-Z_]+)+");
                assertThat(message).matches("[A-ZÀ-Ýa-z%«].*[.)]").doesNotContain("  ")
                        .doesNotContainPattern("%[^sd]");
            });
        }

        @Test
        void take_exactly_the_values_they_have_places_for() {
            assertThat(Refusal.of("login.longueur_invalide", 6, 30).message())
                    .isEqualTo("L'identifiant doit comporter de 6 à 30 caractères.");
            assertThatIllegalArgumentException().isThrownBy(() -> Refusal.of("login.longueur_invalide", 6))
                    .withMessage("The refusal login.longueur_invalide takes 2 values, not 1");
            assertThatIllegalArgumentException().isThrownBy(() -> Refusal.of("attestation.transmise", "en trop"))
                    .withMessage("The refusal attestation.transmise takes 0 values, not 1");
        }

        @Test
        void a_code_missing_from_the_catalogue_is_a_bug_said_at_once() {
            assertThatIllegalArgumentException().isThrownBy(() -> Refusal.of("inconnu.nulle_part"))
                    .withMessage("No message in refusals.properties for the refusal code inconnu.nulle_part");
        }

        @Test
        void a_rule_shared_by_several_fields_keeps_the_callers_code() {
            assertThat(Refusal.sharedRule("date_visite.format", "date.saisie_hors_format", "La date de visite"))
                    .isEqualTo(new Refusal("date_visite.format",
                            "La date de visite doit être saisie sous la forme JJ/MM/AAAA."));
        }
    }

    /** Whether the code has the string literal {@code text} (a composed code: its prefix and its suffix). */
    private static boolean isWritten(String text) {
        return mainSources.contains('"' + text + '"');
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
