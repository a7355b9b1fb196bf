package fr.portailpartenaires.adapters.web.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small top-to-bottom layout of an A4 document: a title, headings, "label : value" lines and wrapped
 * paragraphs, a new page whenever the current one is full. Text is written in DejaVu Sans, embedded (subset), so
 * accents and the euro sign render and extract correctly; a character the font lacks becomes a space.
 *
 * <pre>{@code
 * byte[] pdf = PdfWriter.create("Attestation de visite")
 *         .title("Attestation de visite").line("Date de visite", "05/03/2025").paragraph(observations)
 *         .toBytes();
 * }</pre>
 */
public final class PdfWriter {

    private static final float MARGIN = 56;
    private static final float TITLE_SIZE = 16;
    private static final float HEADING_SIZE = 12;
    private static final float TEXT_SIZE = 10;
    private static final float LEADING = 1.4f;
    private static final float LABEL_WIDTH = 200;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    private PdfWriter(String documentTitle) {
        document = new PDDocument();
        try {
            regular = font("/fonts/DejaVuSans.ttf");
            bold = font("/fonts/DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("The embedded fonts cannot be read", e);
        }
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(documentTitle);
        information.setProducer("Portail partenaires");
        document.setDocumentInformation(information);
        newPage();
    }

    /** A new document; {@code documentTitle} is its metadata title. */
    public static PdfWriter create(String documentTitle) {
        return new PdfWriter(Objects.requireNonNull(documentTitle, "documentTitle"));
    }

    private PDFont font(String resource) throws IOException {
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing font resource " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The document's title, in large bold type. */
    public PdfWriter title(String text) {
        write(bold, TITLE_SIZE, MARGIN, width(), text);
        y -= TEXT_SIZE;
        return this;
    }

    /** A section heading, in bold. */
    public PdfWriter heading(String text) {
        y -= TEXT_SIZE / 2;
        write(bold, HEADING_SIZE, MARGIN, width(), text);
        return this;
    }

    /** "label : value", the label in bold in a left column, the value wrapped beside it; a null value prints "—". */
    public PdfWriter line(String label, String value) {
        ensureRoom(TEXT_SIZE * LEADING);
        float top = y;
        write(bold, TEXT_SIZE, MARGIN, LABEL_WIDTH - 8, label);
        float afterLabel = y;
        y = top;
        write(regular, TEXT_SIZE, MARGIN + LABEL_WIDTH, width() - LABEL_WIDTH, value == null || value.isBlank() ? "—" : value);
        y = Math.min(y, afterLabel);
        return this;
    }

    /** A paragraph wrapped to the page's width; its line breaks are kept. A null text prints "—". */
    public PdfWriter paragraph(String text) {
        write(regular, TEXT_SIZE, MARGIN, width(), text == null || text.isBlank() ? "—" : text);
        return this;
    }

    /** Some vertical space. */
    public PdfWriter space() {
        y -= TEXT_SIZE * LEADING;
        return this;
    }

    /** The finished PDF. The writer cannot be used afterwards. */
    public byte[] toBytes() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF cannot be written", e);
        } finally {
            close();
        }
    }

    private void close() {
        try {
            document.close();
        } catch (IOException e) {
            // an in-memory document: nothing is left open on failure
        }
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureRoom(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    /** Writes the text wrapped to {@code maxWidth} from {@code x}, moving down line by line. */
    private void write(PDFont font, float size, float x, float maxWidth, String text) {
        for (String line : wrap(font, size, maxWidth, printableText(font, text))) {
            ensureRoom(size * LEADING);
            y -= size * LEADING;
            try {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, y);
                content.showText(line);
                content.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<String> wrap(PDFont font, float size, float maxWidth, String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (widthOf(font, size, candidate) <= maxWidth) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                // a word longer than the line is cut
                String rest = word;
                while (widthOf(font, size, rest) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && widthOf(font, size, rest.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            lines.add(current.toString());
        }
        return lines;
    }

    private static float widthOf(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with tabs as spaces and every character the font cannot show replaced by a space. */
    private String printableText(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || printable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> canShow(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append(' ');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return !Character.isISOControl(codePoint);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
