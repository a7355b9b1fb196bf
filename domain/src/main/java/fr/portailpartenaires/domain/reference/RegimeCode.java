package fr.portailpartenaires.domain.reference;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedCodes;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a régime ({@code CNAV}, {@code MSA}, {@code CAF}…): 1 to 20 upper-case ASCII letters.
 * Not an enum: the list of régimes is reference data kept in the database.
 *
 * @param value the code, e.g. {@code CNAV}
 */
public record RegimeCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,20}");
    private static final Refusal MANDATORY = Refusal.of("regime.obligatoire", "Le régime est obligatoire.");
    private static final Refusal INVALID = Refusal.of("regime.invalide",
            "Le code régime doit être composé de 1 à 20 lettres majuscules sans accent.");

    public RegimeCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(INVALID);
        }
    }

    /** Reads a régime code typed or sent by a client: trimmed and upper-cased. */
    public static Result<RegimeCode> parse(String raw) {
        return TypedCodes.parse(raw, MANDATORY, INVALID, code -> FORMAT.matcher(code).matches(), RegimeCode::new);
    }

    public static RegimeCode of(String raw) {
        return parse(raw).orElseThrow();
    }
}
