package fr.portailpartenaires.adapters.web.habilitation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ActivityView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionDetail;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.GroupView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.PlaceView;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AfasConventionPdfTest {

    private static final LocalDate SEED_DAY = LocalDate.of(2018, 8, 30);

    private static ConventionDetail farandole(int places) {
        ConventionView convention = new ConventionView(UUID.randomUUID(), "Centre Social La Farandole Istres",
                "Caf 132", "Centre Social La Farandole Istres", SEED_DAY, null, false, SEED_DAY);
        List<PlaceView> lieux = places == 2
                ? List.of(new PlaceView(UUID.randomUUID(), "ESC Farandole Istres"),
                        new PlaceView(UUID.randomUUID(), "ESC L'éclair"))
                : Collections.nCopies(places, new PlaceView(UUID.randomUUID(), "Lieu d'implantation numéroté"));
        return new ConventionDetail(convention, List.of(
                new GroupView("AFAS-HAB", "AFAS-HABILITER", 1, LocalDate.of(2019, 2, 12), null, false),
                new GroupView("AFAS-DEC", "AFAS-DECLARER", 1, LocalDate.of(2019, 2, 12), null, false)),
                List.of(new ActivityView(UUID.randomUUID(), "ESC Farandole Istres", "ALSH", null, lieux)));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void prints_the_seed_convention_its_groups_and_places_with_every_french_character() throws Exception {
        byte[] pdf = AfasConventionPdf.render(farandole(2));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains("Libellé : Centre Social La Farandole Istres", "CAF pivot : Caf 132",
                "Date d'ouverture : 30/08/2018", "Statut : Ouvert", "État : Validée le 30/08/2018",
                "AFAS-HAB — AFAS-HABILITER — niveau 1 — ouvert le 12/02/2019", "ESC Farandole Istres (type ALSH)",
                "Lieu d'implantation : ESC L'éclair");
    }

    @Test
    void a_long_convention_goes_on_to_further_pages() throws Exception {
        try (PDDocument document = Loader.loadPDF(AfasConventionPdf.render(farandole(120)))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }
}
