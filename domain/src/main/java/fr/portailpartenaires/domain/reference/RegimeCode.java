package fr.portailpartenaires.domain.reference;

import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedCodes;
import java.util.regex.Pattern;

/**
 * The code of a régime ({@code CNAV}, {@code MSA}, {@code CAF}…): 1 to 20 upper-case ASCII letters.
 * Not an enum: the list of régimes is reference data kept in the database.
 *
 * @param value the code, e.g. {@code CNAV}
 */
public record RegimeCode(String value) {

    private static final TypedCodes.Format FORMAT = new TypedCodes.Format(
            Refusal.of("regime.obligatoire"),
            Refusal.of("regime.invalide"),
            Pattern.compile("[A-Z]{1,20}").asMatchPredicate());

    public RegimeCode {
        FORMAT.require(value);
    }

    /** Reads a régime code typed or sent by a client: trimmed and upper-cased. */
    public static Result<RegimeCode> parse(String raw) {
        return FORMAT.parse(raw, RegimeCode::new);
    }

    public static RegimeCode of(String raw) {
        return parse(raw).orElseThrow();
    }
}
