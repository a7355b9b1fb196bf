package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a convention as given by the caisse to the partner: six digits, e.g. {@code 757300}.
 *
 * @param value the six digits
 */
public record ConventionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{6}");
    private static final Refusal MANDATORY =
            Refusal.of("convention.code_obligatoire", "Le code convention est obligatoire.");
    private static final Refusal INVALID =
            Refusal.of("convention.code_invalide", "Le code convention doit comporter exactement 6 chiffres.");

    public ConventionCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(INVALID);
        }
    }

    /** Reads a code typed by a user (trimmed). */
    public static Result<ConventionCode> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused(MANDATORY);
        }
        String code = raw.strip();
        return FORMAT.matcher(code).matches() ? Result.ok(new ConventionCode(code)) : Result.refused(INVALID);
    }

    public static ConventionCode of(String raw) {
        return parse(raw).orElseThrow();
    }

    @Override
    public String toString() {
        return value;
    }
}
