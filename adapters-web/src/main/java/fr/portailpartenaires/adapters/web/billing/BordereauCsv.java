package fr.portailpartenaires.adapters.web.billing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.portailpartenaires.application.billing.PaymentSlips.PaymentSlip;
import fr.portailpartenaires.domain.billing.PaymentLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The payment slip for Excel (spec §5.2): UTF-8 with a byte-order mark (no {@code sep=} line, which would make
 * Excel ignore the BOM), {@code ;} separator, CRLF line ends, French decimal comma, dates {@code JJ/MM/AAAA},
 * a header row then one row per line. A cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return is prefixed with an apostrophe so that Excel shows it as text and never runs it as a
 * formula (OWASP, CSV injection).
 */
public final class BordereauCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    public static final List<String> HEADER = List.of("Code convention", "Date de paiement", "Référence du paiement",
            "Numéro de facture", "Bénéficiaire", "NIR", "Attestation", "Montant (€)");
    static final char BOM = '\uFEFF';

    private BordereauCsv() {
    }

    public static byte[] render(PaymentSlip slip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
            csv.writeRecord(HEADER);
            for (PaymentLine line : slip.lignes()) {
                csv.writeRecord(List.of(slip.codeConvention(), SlipText.frenchDate(slip.datePaiement()),
                        slip.reference(), slip.numeroFacture(), line.retireeName(), line.nir().value(),
                        line.certificateReference(), SlipText.frenchDecimal(line.amount())).stream()
                        .map(BordereauCsv::neutralised).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The cell as Excel must show it: text, never a formula. */
    public static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
