package fr.portailpartenaires.domain.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SIRET, the 14-digit identifier of an establishment (SIREN of 9 digits + NIC of 5 digits).
 *
 * <p>The last digit is a Luhn key over the 14 digits. La Poste's establishments share the SIREN
 * {@code 356000000} and are numbered beyond what the Luhn key allows, so INSEE validates them by
 * another rule: the sum of the 14 digits is a multiple of 5. Both rules are accepted here.
 *
 * @param value the 14 digits, without spaces
 */
public record Siret(String value) {

    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("[0-9]{14}");

    private static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        Objects.requireNonNull(value, "value");
        refusalOf(value).ifPresent(refusal -> {
            throw new InvalidValueException(refusal);
        });
    }

    /** Reads a SIRET typed by a user; spaces are allowed ({@code 123 456 782 98741}) and dropped. */
    public static Result<Siret> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused("siret.obligatoire");
        }
        String digits = raw.strip().replace(" ", "");
        return refusalOf(digits).<Result<Siret>>map(Result::refused).orElseGet(() -> Result.ok(new Siret(digits)));
    }

    public static Siret of(String raw) {
        return parse(raw).orElseThrow();
    }

    private static Optional<Refusal> refusalOf(String digits) {
        if (!FOURTEEN_DIGITS.matcher(digits).matches()) {
            return Optional.of(Refusal.of("siret.format_invalide"));
        }
        if (!hasValidLuhnKey(digits) && !isValidLaPosteSiret(digits)) {
            return Optional.of(Refusal.of("siret.cle_invalide"));
        }
        return Optional.empty();
    }

    private static boolean hasValidLuhnKey(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static boolean isValidLaPosteSiret(String digits) {
        return digits.startsWith(LA_POSTE_SIREN) && digits.chars().map(c -> c - '0').sum() % 5 == 0;
    }
}
