package fr.portailpartenaires.domain.reference;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedCodes;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a caisse, e.g. {@code CARSAT-NORD-PICARDIE} or {@code CAF-75}: upper-case ASCII
 * letters and digits in groups separated by single dashes, at most 40 characters.
 *
 * @param value the code
 */
public record CaisseCode(String value) {

    private static final int MAX_LENGTH = 40;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Refusal MANDATORY = Refusal.of("caisse.obligatoire", "La caisse est obligatoire.");
    private static final Refusal INVALID = Refusal.of("caisse.invalide",
            "Le code caisse doit être composé d'au plus 40 lettres majuscules, chiffres ou tirets.");

    public CaisseCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new InvalidValueException(INVALID);
        }
    }

    /** Reads a caisse code typed or sent by a client: trimmed and upper-cased. */
    public static Result<CaisseCode> parse(String raw) {
        return TypedCodes.parse(raw, MANDATORY, INVALID, CaisseCode::isWellFormed, CaisseCode::new);
    }

    public static CaisseCode of(String raw) {
        return parse(raw).orElseThrow();
    }

    private static boolean isWellFormed(String code) {
        return code.length() <= MAX_LENGTH && FORMAT.matcher(code).matches();
    }
}
