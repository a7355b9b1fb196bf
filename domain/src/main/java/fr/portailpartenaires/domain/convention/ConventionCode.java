package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedCodes;
import java.util.regex.Pattern;

/**
 * The code of a convention as the caisse writes it (spec §1): its own numbering, letters and digits, 4 to 12
 * characters, e.g. {@code 757300}, {@code 62739900}, {@code CL19720812}, {@code FP62757300}, {@code 9059003C}.
 * Typed in any case and with surrounding spaces; kept upper-case.
 *
 * @param value 4 to 12 upper-case letters and digits
 */
public record ConventionCode(String value) {

    private static final TypedCodes.Format FORMAT = new TypedCodes.Format(
            Refusal.of("convention.code_obligatoire"),
            Refusal.of("convention.code_invalide"),
            Pattern.compile("[A-Z0-9]{4,12}").asMatchPredicate());

    public ConventionCode {
        FORMAT.require(value);
    }

    /** Reads a code typed by a user (trimmed, upper-cased). */
    public static Result<ConventionCode> parse(String raw) {
        return FORMAT.parse(raw, ConventionCode::new);
    }

    public static ConventionCode of(String raw) {
        return parse(raw).orElseThrow();
    }

    @Override
    public String toString() {
        return value;
    }
}
