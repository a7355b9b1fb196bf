package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the three downloads of a payment slip back into the same shape, to compare what they carry. */
final class SlipFiles {

    static final String NAMESPACE = "urn:fr:portailpartenaires:bordereau-paiement:1.1";

    /** Dates as {@code JJ/MM/AAAA}, amounts in cents. */
    record Slip(String codeConvention, String datePaiement, String reference, String numeroFacture, long total,
            List<Line> lines) {
    }

    record Line(String beneficiaire, String nir, String attestation, long cents) {
    }

    private SlipFiles() {
    }

    static Slip xml(byte[] xml) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(SlipFiles.class.getResourceAsStream("/xsd/bordereau-paiement-1.1.xsd")));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        NodeList nodes = root.getElementsByTagNameNS(NAMESPACE, "ligne");
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element line = (Element) nodes.item(i);
            lines.add(new Line(text(line, "beneficiaire"), text(line, "nir"), text(line, "attestation"),
                    cents(text(line, "montant"))));
        }
        String[] date = text(root, "datePaiement").split("-");
        return new Slip(text(root, "codeConvention"), date[2] + "/" + date[1] + "/" + date[0],
                text(root, "referencePaiement"), text(root, "numeroFacture"), cents(text(root, "montant")), lines);
    }

    static Slip csv(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).as("UTF-8 BOM").isEqualTo('\uFEFF');
        List<CsvRecord> rows = CsvReader.builder().fieldSeparator(';').ofCsvRecord(text.substring(1)).stream()
                .skip(1).toList();
        List<Line> lines = rows.stream().map(row -> new Line(row.getField(4), row.getField(5), row.getField(6),
                cents(row.getField(7)))).toList();
        CsvRecord first = rows.getFirst();
        return new Slip(first.getField(0), first.getField(1), first.getField(2), first.getField(3),
                lines.stream().mapToLong(Line::cents).sum(), lines);
    }

    private static final Pattern PDF_LINE = Pattern.compile(
            "^(.+) ([0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}) (\\S+) ([0-9]+,[0-9]{2})$");

    static Slip pdf(byte[] pdf) throws Exception {
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
            return new Slip(after(text, "Code convention : "), after(text, "Date de paiement : "),
                    after(text, "Référence du paiement : "), after(text, "Facture : "),
                    cents(after(text, "Montant payé : ").replace(" €", "")), lines);
        }
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NAMESPACE, name).item(0).getTextContent();
    }

    private static String after(List<String> text, String label) {
        return text.stream().filter(row -> row.startsWith(label)).findFirst().orElseThrow().substring(label.length());
    }

    private static long cents(String amount) {
        String[] parts = amount.split("[.,]");
        return Long.parseLong(parts[0]) * 100 + Long.parseLong(parts[1]);
    }
}
