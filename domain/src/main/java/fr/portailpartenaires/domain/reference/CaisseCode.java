package fr.portailpartenaires.domain.reference;

import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedCodes;
import java.util.regex.Pattern;

/**
 * The code of a caisse, e.g. {@code CARSAT-NORD-PICARDIE} or {@code CAF-75}: upper-case ASCII
 * letters and digits in groups separated by single dashes, at most 40 characters.
 *
 * @param value the code
 */
public record CaisseCode(String value) {

    private static final int MAX_LENGTH = 40;
    private static final Pattern PATTERN = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final TypedCodes.Format FORMAT = new TypedCodes.Format(
            Refusal.of("caisse.obligatoire"),
            Refusal.of("caisse.invalide"),
            code -> code.length() <= MAX_LENGTH && PATTERN.matcher(code).matches());

    public CaisseCode {
        FORMAT.require(value);
    }

    /** Reads a caisse code typed or sent by a client: trimmed and upper-cased. */
    public static Result<CaisseCode> parse(String raw) {
        return FORMAT.parse(raw, CaisseCode::new);
    }

    public static CaisseCode of(String raw) {
        return parse(raw).orElseThrow();
    }
}
