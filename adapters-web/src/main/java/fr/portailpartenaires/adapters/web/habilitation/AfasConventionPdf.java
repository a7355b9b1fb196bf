package fr.portailpartenaires.adapters.web.habilitation;

import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ActivityView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionDetail;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.GroupView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.PlaceView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * « Télécharger PDF » of an AFAS convention (spec §6.1): its libellé, CAF pivot, partner, dates, statut and état,
 * its groups, and its activities with their places, on A4 pages.
 */
public final class AfasConventionPdf {

    private static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 11;
    private static final float TITLE_SIZE = 16;
    private static final float LEADING = 1.45f;

    private AfasConventionPdf() {
    }

    /** The convention's PDF document. */
    public static byte[] render(ConventionDetail detail) {
        List<Line> lines = lines(detail);
        try (PDDocument document = new PDDocument(); InputStream font = AfasConventionPdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("Missing font resource " + FONT);
            }
            PDType0Font dejaVu = PDType0Font.load(document, font, true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Convention AFAS — " + detail.convention().libelle());
            info.setCreator("Portail partenaires");
            write(document, dejaVu, lines);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the convention's PDF", e);
        }
    }

    private record Line(String text, float size, float indent) {
    }

    private static List<Line> lines(ConventionDetail detail) {
        ConventionView convention = detail.convention();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Convention AFAS — Aides financières d'action sociale", TITLE_SIZE, 0));
        lines.add(new Line("", BODY_SIZE, 0));
        lines.add(body("Libellé : " + convention.libelle()));
        lines.add(body("CAF pivot : " + convention.cafPivot()));
        lines.add(body("Partenaire : " + convention.partenaire()));
        lines.add(body("Date d'ouverture : " + date(convention.dateOuverture())));
        lines.add(body("Date de clôture : " + date(convention.dateCloture())));
        lines.add(body("Statut : " + AfasLabels.statut(convention.clos())));
        lines.add(body("État : " + AfasLabels.etat(convention.valideeLe())));
        lines.add(new Line("", BODY_SIZE, 0));
        lines.add(heading("Groupes"));
        if (detail.groupes().isEmpty()) {
            lines.add(body("Aucun groupe créé par la CAF."));
        }
        for (GroupView group : detail.groupes()) {
            lines.add(new Line(group.code() + " — " + group.libelle() + " — niveau " + group.niveau()
                    + " — ouvert le " + date(group.dateOuverture()) + " — " + AfasLabels.statut(group.clos()),
                    BODY_SIZE, 12));
        }
        lines.add(new Line("", BODY_SIZE, 0));
        lines.add(heading("Activités et lieux d'implantation"));
        for (ActivityView activity : detail.activites()) {
            lines.add(new Line(activity.libelle() + " (type " + activity.type()
                    + (activity.nature() == null ? "" : ", nature " + activity.nature()) + ")", BODY_SIZE, 12));
            for (PlaceView place : activity.lieux()) {
                lines.add(new Line("Lieu d'implantation : " + place.libelle(), BODY_SIZE, 28));
            }
        }
        return lines;
    }

    private static Line body(String text) {
        return new Line(text, BODY_SIZE, 0);
    }

    private static Line heading(String text) {
        return new Line(text, 13, 0);
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : FRENCH_DATE.format(date);
    }

    /** Draws the lines, wrapped to the page's width, on as many A4 pages as they need. */
    private static void write(PDDocument document, PDType0Font font, List<Line> lines) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float width = a4.getWidth() - 2 * MARGIN;
        PDPageContentStream content = null;
        float y = 0;
        try {
            for (Line line : lines) {
                for (String piece : wrap(font, line, width - line.indent())) {
                    float step = line.size() * LEADING;
                    if (content == null || y - step < MARGIN) {
                        if (content != null) {
                            content.close();
                        }
                        PDPage page = new PDPage(a4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        y = a4.getHeight() - MARGIN;
                    }
                    y -= step;
                    if (!piece.isEmpty()) {
                        content.beginText();
                        content.setFont(font, line.size());
                        content.newLineAtOffset(MARGIN + line.indent(), y);
                        content.showText(piece);
                        content.endText();
                    }
                }
            }
        } finally {
            if (content != null) {
                content.close();
            }
        }
    }

    private static List<String> wrap(PDType0Font font, Line line, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.text().split(" ", -1)) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * line.size() > width) {
                pieces.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }
}
