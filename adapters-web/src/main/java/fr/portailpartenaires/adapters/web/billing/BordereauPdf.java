package fr.portailpartenaires.adapters.web.billing;

import fr.portailpartenaires.application.billing.PaymentSlips.PaymentSlip;
import fr.portailpartenaires.domain.billing.PaymentLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The payment slip readable as is (spec §5.2): an A4 PDF in DejaVu Sans (embedded, so accents print everywhere),
 * the payment's facts, then one row per line (bénéficiaire, NIR, attestation, montant) over as many pages as
 * needed, and the total. The attestation column holds a Habitat order id (36 characters) at the normal size; a
 * cell longer than its column (a very long name) is printed smaller rather than over its neighbour, so every
 * character stays readable and is extracted as it was written.
 */
public final class BordereauPdf {

    public static final String CONTENT_TYPE = "application/pdf";
    static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final float MARGIN = 50;
    private static final float LEADING = 16;
    private static final float ROW_SIZE = 9;
    /** Left edges of bénéficiaire, NIR, attestation, montant; the last ends at the right margin. */
    private static final float[] COLUMNS = {MARGIN, 200, 295, 495};
    /** The blank kept between a cell and the next column. */
    private static final float GAP = 6;

    private BordereauPdf() {
    }

    public static byte[] render(PaymentSlip slip) {
        try (PDDocument document = new PDDocument(); InputStream fontFile = BordereauPdf.class.getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IllegalStateException("Missing font " + FONT);
            }
            PDFont font = PDType0Font.load(document, fontFile);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Bordereau de paiement " + slip.reference());
            info.setCreator("Portail partenaires");
            new Writer(document, font).write(slip);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes rows top-down, opening a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDFont font) {
            this.document = document;
            this.font = font;
        }

        void write(PaymentSlip slip) throws IOException {
            newPage();
            text(14, MARGIN, "Bordereau de paiement");
            newLine();
            text(10, MARGIN, "Caisse : " + slip.caisse() + " (" + slip.regime() + ")");
            text(10, MARGIN, "Code convention : " + slip.codeConvention());
            text(10, MARGIN, "Facture : " + slip.numeroFacture());
            text(10, MARGIN, "Date de paiement : " + SlipText.frenchDate(slip.datePaiement()));
            text(10, MARGIN, "Référence du paiement : " + slip.reference());
            text(10, MARGIN, "Montant payé : " + SlipText.frenchDecimal(slip.montant()) + " €");
            text(10, MARGIN, "Nombre de lignes : " + slip.lignes().size());
            newLine();
            row(List.of("Bénéficiaire", "NIR", "Attestation", "Montant (€)"));
            for (PaymentLine line : slip.lignes()) {
                row(List.of(line.retireeName(), line.nir().value(), line.certificateReference(),
                        SlipText.frenchDecimal(line.amount())));
            }
            newLine();
            text(10, MARGIN, "Total : " + SlipText.frenchDecimal(slip.montant()) + " €");
            content.close();
        }

        private void row(List<String> cells) throws IOException {
            room();
            float right = PDRectangle.A4.getWidth() - MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float width = i + 1 < COLUMNS.length ? COLUMNS[i + 1] - GAP - COLUMNS[i] : right - COLUMNS[i];
                show(fitting(cells.get(i), width), COLUMNS[i], y, cells.get(i));
            }
            y -= LEADING;
        }

        /** The row size, or smaller when the text would not fit {@code width} at it. */
        private float fitting(String text, float width) throws IOException {
            float atRowSize = font.getStringWidth(text) / 1000 * ROW_SIZE;
            return atRowSize <= width ? ROW_SIZE : ROW_SIZE * width / atRowSize;
        }

        private void text(float size, float x, String text) throws IOException {
            room();
            show(size, x, y, text);
            y -= LEADING;
        }

        private void show(float size, float x, float atY, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        private void newLine() throws IOException {
            room();
            y -= LEADING;
        }

        private void room() throws IOException {
            if (y < MARGIN + LEADING) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }
    }
}
