package fr.portailpartenaires.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A French postal code (or CEDEX code): 5 digits, e.g. {@code 62000}.
 *
 * @param value the 5 digits
 */
public record PostalCode(String value) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");
    private static final Refusal WRONG_FORMAT = Refusal.of("code_postal.format_invalide");

    public PostalCode {
        Objects.requireNonNull(value, "value");
        if (!FIVE_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException(WRONG_FORMAT);
        }
    }

    public static Result<PostalCode> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused("code_postal.obligatoire");
        }
        String trimmed = raw.strip();
        return FIVE_DIGITS.matcher(trimmed).matches() ? Result.ok(new PostalCode(trimmed)) : Result.refused(WRONG_FORMAT);
    }

    public static PostalCode of(String raw) {
        return parse(raw).orElseThrow();
    }
}
