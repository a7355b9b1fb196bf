package fr.portailpartenaires.adapters.web.habitat;

import fr.portailpartenaires.adapters.web.documents.PdfWriter;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Aide;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Av;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Eva;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Header;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Habitat PDFs, read back with PDFBox's text extraction: what they say, accents included. */
class HabitatPdfsTest {

    static final Header HEADER = new Header("CARSAT Nord-Picardie", "757300", "Ergothérapie des Flandres", "DUPONT",
            "Jérôme", "184126204100143", List.of("12 rue des Écoles", "62000 ARRAS"), "03 21 00 00 00",
            "PS (Personne seule)", LocalDate.of(2025, 3, 3));

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class The_visit_certificate {

        @Test
        void a_transmitted_one_prints_its_state_its_date_and_content_with_accents() {
            String text = text(HabitatPdfs.render(new Av(HEADER, "av.pdf", "Transmise",
                    Instant.parse("2025-03-10T09:30:00Z"), "05/03/2025",
                    "Baignoire très haute ; l'escalier n'a pas de rampe. Œuvre à prévoir : « douche ».",
                    List.of("Salle de bain / douche", "Éclairage"), "Remplacer la baignoire.", null, null)));
            assertThat(text)
                    .contains("Attestation de visite")
                    .contains("Transmise à la caisse le 10/03/2025 à 10:30")
                    .contains("Jérôme", "12 rue des Écoles", "184126204100143", "Ergothérapie des Flandres")
                    .contains("Baignoire très haute ; l'escalier n'a pas de rampe. Œuvre à prévoir : « douche ».")
                    .contains("Éclairage", "Date de visite", "05/03/2025");
        }

        @Test
        void a_draft_says_it_is_not_transmitted() {
            String text = text(HabitatPdfs.render(new Av(HEADER, "av.pdf", "Brouillon", null, null, null, List.of(),
                    null, null, null)));
            assertThat(text).contains("Brouillon — non transmise à la caisse").doesNotContain("Transmise à la caisse le");
        }

        @Test
        void a_sans_suite_prints_its_motif_and_comment() {
            String text = text(HabitatPdfs.render(new Av(HEADER, "av.pdf", "Sans suite",
                    Instant.parse("2025-03-10T09:30:00Z"), null, null, List.of(), null, "Bénéficiaire injoignable",
                    "Trois appels sans réponse, courrier resté sans suite.")));
            assertThat(text).contains("Sans suite — transmise à la caisse le 10/03/2025", "Bénéficiaire injoignable",
                    "Trois appels sans réponse, courrier resté sans suite.");
        }
    }

    @Test
    void the_eva_prints_the_gir_and_the_housing() {
        String text = text(HabitatPdfs.render(new Eva(HEADER, "eva.pdf", LocalDate.of(2025, 2, 20), "GIR 4",
                "Maison à étage, salle de bain à l'étage.")));
        assertThat(text).contains("partie Habitat", "Grille AGGIR", "GIR 4", "20/02/2025",
                "Maison à étage, salle de bain à l'étage.");
    }

    @Test
    void the_aide_prints_the_decision_with_the_amount_in_euros() {
        String text = text(HabitatPdfs.render(new Aide(HEADER, "aide.pdf", "Salle de bain / douche",
                "3\u202F500,00\u202F€", LocalDate.of(2025, 6, 1), 12, "Avec subrogation")));
        assertThat(text.replace('\u202F', ' ')).contains("Notification de décision de l'aide Habitat",
                "Type de travaux financé", "Salle de bain / douche", "Plafond de financement CNAV", "3 500,00 €",
                "01/06/2025", "12 mois", "Avec subrogation");
    }

    @Test
    void the_font_is_embedded_so_that_any_reader_renders_the_accents() throws IOException {
        byte[] pdf = HabitatPdfs.render(new Eva(HEADER, "eva.pdf", LocalDate.of(2025, 2, 20), "GIR 4", "Éé"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
            assertThat(resources.getFontNames()).isNotEmpty();
        }
    }

    @Test
    void a_long_text_wraps_and_continues_on_a_new_page() {
        String words = String.join(" ", java.util.Collections.nCopies(1500, "réhausse"));
        byte[] pdf = PdfWriter.create("Essai").title("Essai").paragraph(words).line("Étiquette", "Valeur").toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String text = text(pdf);
        assertThat(text.split("réhausse", -1)).hasSize(1501);
        assertThat(text).contains("Valeur");
    }

    @Test
    void the_fonts_are_the_dejavu_files_unchanged() throws IOException {
        Path system = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        try (var bundled = PdfWriter.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            assertThat(bundled).isNotNull();
            byte[] bytes = bundled.readAllBytes();
            assertThat(bytes.length).isGreaterThan(100_000);
            if (Files.exists(system)) {
                assertThat(bytes).isEqualTo(Files.readAllBytes(system));
            }
        }
    }
}
