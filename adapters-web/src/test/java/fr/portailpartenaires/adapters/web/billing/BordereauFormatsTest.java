package fr.portailpartenaires.adapters.web.billing;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.portailpartenaires.application.billing.PaymentSlips.PaymentSlip;
import fr.portailpartenaires.domain.billing.PaymentLine;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The three downloads of a payment slip carry the same data: each is parsed back and compared, on a slip with
 * accents, a name that would be an Excel formula, amounts with cents and enough lines for a second PDF page.
 */
class BordereauFormatsTest {

    /** What every format must tell: the slip's facts and its lines. */
    record Data(String codeConvention, LocalDate datePaiement, String reference, String numeroFacture, long totalCents,
            List<Line> lines) {
    }

    record Line(String beneficiaire, String nir, String attestation, long cents) {
    }

    private static final Nir NIR = Nir.of("184127645108946");
    private static final Nir CORSICA = Nir.of("269012A123445");

    static PaymentSlip slip() {
        return slip("757300");
    }

    static PaymentSlip slip(String codeConvention) {
        List<PaymentLine> lines = new ArrayList<>(List.of(
                new PaymentLine("ÉLÉONORE D'ARC-ÈBÈNE", NIR, "AV-2025-0001", Money.of("1234,56")),
                new PaymentLine("=HYPERLINK(\"http://evil.example\")", CORSICA, "AV-2025-0002", Money.of("0,05")),
                new PaymentLine("+33 Martin", NIR, "@AV-3", Money.of("80"))));
        IntStream.range(4, 64).forEach(i -> lines.add(new PaymentLine("RETRAITÉ N°" + i, NIR, "AV-" + i, Money.of("80"))));
        Money total = lines.stream().map(PaymentLine::amount).reduce(Money.ZERO, Money::plus);
        return new PaymentSlip(UUID.randomUUID(), codeConvention, "CNAV", "CARSAT-NORD-PICARDIE", "CARSAT Nord-Picardie",
                "FG-757300-0001", LocalDate.of(2025, 3, 17), "VIR-2025/0042", total, lines);
    }

    static Data expected(PaymentSlip slip) {
        return new Data(slip.codeConvention(), slip.datePaiement(), slip.reference(), slip.numeroFacture(),
                slip.montant().cents(), slip.lignes().stream().map(line -> new Line(line.retireeName(),
                        line.nir().value(), line.certificateReference(), line.amount().cents())).toList());
    }

    @Test
    void the_pdf_the_xml_and_the_csv_carry_the_same_data() throws Exception {
        PaymentSlip slip = slip();
        Data expected = expected(slip);
        assertThat(fromXml(BordereauXml.render(slip))).isEqualTo(expected);
        assertThat(fromCsv(BordereauCsv.render(slip))).isEqualTo(expected);
        assertThat(fromPdf(BordereauPdf.render(slip))).isEqualTo(expected);
    }

    @Test
    void a_convention_coded_as_the_caisse_writes_it_is_carried_alike_by_the_three_formats() throws Exception {
        PaymentSlip slip = slip("FP62757300");
        Data expected = expected(slip);
        assertThat(expected.codeConvention()).isEqualTo("FP62757300");
        byte[] xml = BordereauXml.render(slip);
        validate(xml);
        assertThat(fromXml(xml)).isEqualTo(expected);
        assertThat(fromCsv(BordereauCsv.render(slip))).isEqualTo(expected);
        assertThat(fromPdf(BordereauPdf.render(slip))).isEqualTo(expected);
    }

    @Nested
    class The_xml {

        @Test
        void is_written_in_version_1_1_and_version_1_0_stays_published_unchanged() throws Exception {
            assertThat(new String(BordereauXml.render(slip()), StandardCharsets.UTF_8))
                    .contains("version=\"1.1\"", "urn:fr:portailpartenaires:bordereau-paiement:1.1");
            String v10 = Files.readString(Path.of("..", "docs", "xsd", "bordereau-paiement-1.0.xsd"));
            assertThat(v10).contains("<xs:pattern value=\"[0-9]{6}\"/>", "fixed=\"1.0\"");
        }

        @Test
        void validates_against_the_published_schema_which_is_the_one_on_the_class_path() throws Exception {
            Path published = Path.of("..", "docs", "xsd", "bordereau-paiement-" + BordereauXml.VERSION + ".xsd");
            try (var onClassPath = BordereauXml.class.getResourceAsStream(BordereauXml.SCHEMA)) {
                assertThat(onClassPath).isNotNull();
                assertThat(onClassPath.readAllBytes()).isEqualTo(Files.readAllBytes(published));
            }
            validate(BordereauXml.render(slip()));
        }

        @Test
        void a_slip_breaking_the_schema_is_caught_by_the_validation() {
            String broken = new String(BordereauXml.render(slip()), StandardCharsets.UTF_8)
                    .replace("<codeConvention>757300</codeConvention>", "<codeConvention>757-30</codeConvention>");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(broken.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("757-30");
        }
    }

    @Nested
    class The_csv {

        @Test
        void starts_with_the_utf8_bom_without_a_sep_line_and_uses_semicolons_french_decimals_and_dates() {
            byte[] csv = BordereauCsv.render(slip());
            assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(csv, StandardCharsets.UTF_8).substring(1);
            assertThat(text).doesNotStartWith("sep=").startsWith("Code convention;Date de paiement;");
            assertThat(text.lines().skip(1).findFirst().orElseThrow())
                    .isEqualTo("757300;17/03/2025;VIR-2025/0042;FG-757300-0001;ÉLÉONORE D'ARC-ÈBÈNE;184127645108946;"
                            + "AV-2025-0001;1234,56");
        }

        @Test
        void never_lets_a_cell_start_like_a_formula() {
            String text = new String(BordereauCsv.render(slip()), StandardCharsets.UTF_8);
            assertThat(text).contains(";\"'=HYPERLINK(\"\"http://evil.example\"\")\";", ";'+33 Martin;", ";'@AV-3;");
            assertThat(BordereauCsv.neutralised("-1")).isEqualTo("'-1");
            assertThat(BordereauCsv.neutralised("\tx")).isEqualTo("'\tx");
            assertThat(BordereauCsv.neutralised("\rx")).isEqualTo("'\rx");
            assertThat(BordereauCsv.neutralised("Dupont")).isEqualTo("Dupont");
        }
    }

    @Test
    void a_habitat_order_id_as_certificate_reference_and_a_long_name_keep_to_their_columns_in_the_pdf()
            throws Exception {
        // a transmission's certificate reference is its order id (36 characters), the name "NOM Prénom" up to 101
        List<PaymentLine> lines = List.of(
                new PaymentLine("DURAND Gérard", NIR, "dfd81449-184f-40c3-b0c4-f816785c497a", Money.of("80")),
                new PaymentLine("DE LA ROCHEFOUCAULD-MONTMORENCY-LAVAL Marie-Amélie-Éléonore-Geneviève", CORSICA,
                        UUID.randomUUID().toString(), Money.of("12345,67")));
        PaymentSlip slip = new PaymentSlip(UUID.randomUUID(), "757310", "CNAV", "CARSAT-NORD-PICARDIE",
                "CARSAT Nord-Picardie", "FG-757310-0001", LocalDate.of(2025, 3, 19), "VIR-2025-0310",
                Money.of("12425,67"), lines);
        byte[] pdf = BordereauPdf.render(slip);
        assertThat(fromPdf(pdf)).isEqualTo(expected(slip));
        // the order id is printed at the rows' size, not shrunk
        List<Float> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.contains("dfd81449")) {
                        positions.forEach(position -> sizes.add(position.getFontSizeInPt()));
                    }
                }
            }.getText(document);
        }
        assertThat(sizes).isNotEmpty().containsOnly(9f);
    }

    @Test
    void the_pdf_has_a_second_page_for_the_lines_that_do_not_fit_the_first() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BordereauPdf.render(slip()))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Bordereau de paiement VIR-2025/0042");
        }
    }

    static void validate(byte[] xml) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(new StreamSource(BordereauXml.class.getResourceAsStream(BordereauXml.SCHEMA)));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Data fromXml(byte[] xml) throws Exception {
        validate(xml);
        var builder = DocumentBuilderFactory.newInstance();
        builder.setNamespaceAware(true);
        Document document = builder.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = document.getDocumentElement();
        NodeList lines = root.getElementsByTagNameNS(BordereauXml.NAMESPACE, "ligne");
        List<Line> parsed = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            parsed.add(new Line(text(line, "beneficiaire"), text(line, "nir"), text(line, "attestation"),
                    cents(text(line, "montant"))));
        }
        assertThat(Integer.parseInt(text(root, "nombreLignes"))).isEqualTo(parsed.size());
        return new Data(text(root, "codeConvention"), LocalDate.parse(text(root, "datePaiement")),
                text(root, "referencePaiement"), text(root, "numeroFacture"),
                cents(((Element) root.getElementsByTagNameNS(BordereauXml.NAMESPACE, "montant").item(0)).getTextContent()),
                parsed);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(BordereauXml.NAMESPACE, name).item(0).getTextContent();
    }

    static Data fromCsv(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo('\uFEFF');
        List<CsvRecord> records = CsvReader.builder().fieldSeparator(';').ofCsvRecord(text.substring(1)).stream().toList();
        assertThat(records.getFirst().getFields()).isEqualTo(BordereauCsv.HEADER);
        List<CsvRecord> rows = records.subList(1, records.size());
        List<Line> lines = rows.stream().map(row -> new Line(unneutralised(row.getField(4)), row.getField(5),
                unneutralised(row.getField(6)), cents(row.getField(7)))).toList();
        CsvRecord first = rows.getFirst();
        assertThat(rows).allSatisfy(row -> assertThat(row.getFields().subList(0, 4)).isEqualTo(first.getFields().subList(0, 4)));
        return new Data(first.getField(0), LocalDate.parse(first.getField(1), DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                first.getField(2), first.getField(3), lines.stream().mapToLong(Line::cents).sum(), lines);
    }

    private static String unneutralised(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    private static final Pattern PDF_LINE = Pattern.compile(
            "^(.+) ([0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}) (\\S+) ([0-9]+,[0-9]{2})$");

    static Data fromPdf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> text = stripper.getText(document).lines().map(String::strip).toList();
            List<Line> lines = new ArrayList<>();
            for (String row : text) {
                Matcher line = PDF_LINE.matcher(row);
                if (line.matches()) {
                    lines.add(new Line(line.group(1), line.group(2), line.group(3), cents(line.group(4))));
                }
            }
            assertThat(Integer.parseInt(after(text, "Nombre de lignes : "))).isEqualTo(lines.size());
            return new Data(after(text, "Code convention : "),
                    LocalDate.parse(after(text, "Date de paiement : "), DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    after(text, "Référence du paiement : "), after(text, "Facture : "),
                    cents(after(text, "Montant payé : ").replace(" €", "")), lines);
        }
    }

    private static String after(List<String> text, String label) {
        return text.stream().filter(row -> row.startsWith(label)).findFirst().orElseThrow().substring(label.length());
    }

    private static long cents(String amount) {
        return Money.of(amount).cents();
    }
}
