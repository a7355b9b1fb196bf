package fr.portailpartenaires.adapters.web.caisse;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.ImportLine;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.SignedNumberForm;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedDates;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file of signed convention numbers a caisse imports: UTF-8 with or without a BOM, {@code ;} between fields,
 * a header line {@value #HEADER}, then one number a line; dates JJ/MM/AAAA or AAAA-MM-JJ, the end date optional.
 * Reading problems of a line (a missing field, a date that is no date) go with the line to the use case, which
 * refuses it; a file that is not such a file at all is refused whole.
 */
final class SignedNumbersCsv {

    static final String HEADER = "code;typePartenaire;raisonSociale;dateDebut;dateFin";
    private static final int FIELDS = 5;

    record Read(Optional<String> problem, List<ImportLine> lines) {
    }

    private SignedNumbersCsv() {
    }

    static Read read(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return refused("Le fichier doit être encodé en UTF-8.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRecord> records = new ArrayList<>();
        try {
            CsvReader.builder().fieldSeparator(';').skipEmptyLines(true).allowExtraFields(true)
                    .allowMissingFields(true).ofCsvRecord(text).forEach(records::add);
        } catch (RuntimeException e) {
            return refused("Le fichier n'est pas un fichier CSV lisible (séparateur « ; ») : " + e.getMessage());
        }
        if (records.isEmpty() || !String.join(";", records.getFirst().getFields()).strip().toLowerCase(Locale.ROOT)
                .equals(HEADER.toLowerCase(Locale.ROOT))) {
            return refused("La première ligne du fichier doit être l'en-tête « " + HEADER + " ».");
        }
        List<ImportLine> lines = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            lines.add(line((int) record.getStartingLineNumber(), record.getFields()));
        }
        return new Read(Optional.empty(), lines);
    }

    private static ImportLine line(int number, List<String> fields) {
        if (fields.size() != FIELDS) {
            return new ImportLine(number, Optional.empty(), List.of("La ligne doit avoir " + FIELDS
                    + " champs séparés par « ; » (elle en a " + fields.size() + ")."));
        }
        List<String> problems = new ArrayList<>();
        LocalDate start = date(fields.get(3), "La date de début", problems);
        LocalDate end = date(fields.get(4), "La date de fin", problems);
        SignedNumberForm form = new SignedNumberForm(fields.get(0), fields.get(1), fields.get(2), start, end);
        return new ImportLine(number, Optional.of(form), problems);
    }

    private static LocalDate date(String raw, String what, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Result<LocalDate> parsed = raw.contains("/") ? TypedDates.jjMmAaaa(raw, "fichier.date", what) : TypedDates.aaaaMmJj(raw);
        return switch (parsed) {
            case Result.Ok<LocalDate> ok -> ok.value();
            case Result.Refused<LocalDate> refused -> {
                problems.add(what + " « " + raw.strip() + " » : " + refused.refusal().message());
                yield null;
            }
        };
    }

    private static Read refused(String problem) {
        return new Read(Optional.of(problem), List.of());
    }
}
