package fr.portailpartenaires.adapters.web.billing;

import fr.portailpartenaires.application.billing.PaymentSlips.PaymentSlip;
import fr.portailpartenaires.application.billing.PaymentSlips.SlipFormat;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * A payment slip as a file, the same for the JSON route and the page's links: the format named by the path
 * ({@code pdf}, {@code xml}, {@code csv}), its bytes from {@link BordereauPdf}, {@link BordereauXml} or
 * {@link BordereauCsv}, an attachment never cached (it holds the retirees' NIRs).
 */
final class SlipDownloads {

    private SlipDownloads() {
    }

    /** The format a path names (case ignored), or empty for anything else. */
    static Optional<SlipFormat> format(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "pdf" -> Optional.of(SlipFormat.PDF);
            case "xml" -> Optional.of(SlipFormat.XML);
            case "csv" -> Optional.of(SlipFormat.CSV);
            default -> Optional.empty();
        };
    }

    /** The path segment of a format: {@code pdf}, {@code xml}, {@code csv}. */
    static String segment(SlipFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    static void send(Context ctx, PaymentSlip slip, SlipFormat format) {
        record File(byte[] body, String contentType) {
        }
        File file = switch (format) {
            case PDF -> new File(BordereauPdf.render(slip), BordereauPdf.CONTENT_TYPE);
            case XML -> new File(BordereauXml.render(slip), BordereauXml.CONTENT_TYPE);
            case CSV -> new File(BordereauCsv.render(slip), BordereauCsv.CONTENT_TYPE);
        };
        String fileName = "bordereau-" + slip.codeConvention() + "-" + slip.datePaiement() + "-"
                + slip.reference().replaceAll("[^A-Za-z0-9._-]", "_") + "." + segment(format);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.contentType(file.contentType()).result(file.body());
    }
}
