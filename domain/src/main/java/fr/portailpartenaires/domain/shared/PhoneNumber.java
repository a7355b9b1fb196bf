package fr.portailpartenaires.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A French telephone number of 10 digits starting with {@code 0} (and not {@code 00}, the
 * international prefix). Typed with or without separators ({@code 03 02 01 05 09},
 * {@code 03.02.01.05.09}, {@code 03-02-01-05-09}); stored as {@code 0302010509}; shown in pairs.
 *
 * @param value the 10 digits, without separators
 */
public record PhoneNumber(String value) {

    private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-]");
    private static final Refusal WRONG_FORMAT = Refusal.of("telephone.format_invalide",
            "Le numéro de téléphone doit comporter 10 chiffres et commencer par 0, "
                    + "au format nn nn nn nn nn (par exemple 03 02 01 05 09).");

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (!NATIONAL.matcher(value).matches()) {
            throw new InvalidValueException(WRONG_FORMAT);
        }
    }

    /** Reads a number typed by a user; spaces, dots and dashes between the digits are dropped. */
    public static Result<PhoneNumber> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused("telephone.obligatoire", "Le numéro de téléphone est obligatoire.");
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        return NATIONAL.matcher(digits).matches() ? Result.ok(new PhoneNumber(digits)) : Result.refused(WRONG_FORMAT);
    }

    public static PhoneNumber of(String raw) {
        return parse(raw).orElseThrow();
    }

    /** The number as shown in the portal: {@code 03 02 01 05 09}. */
    public String display() {
        return String.join(" ", value.substring(0, 2), value.substring(2, 4), value.substring(4, 6),
                value.substring(6, 8), value.substring(8, 10));
    }
}
