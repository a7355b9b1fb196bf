package fr.portailpartenaires.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A NIR (numéro d'inscription au répertoire, the French social security number): 13 characters
 * (sex, year and month of birth, département, commune, order number) followed by a 2-digit key.
 *
 * <p>The key is {@code 97 − (number mod 97)}. A person born in Corsica since 1976 has the
 * département {@code 2A} or {@code 2B}; for the key, INSEE's rule replaces {@code 2A} by {@code 19}
 * and {@code 2B} by {@code 18}.
 *
 * <p>A NIR is personal data: {@link #toString()} masks everything after the month of birth, so a
 * NIR that reaches a log, an exception message or a debugger shows {@code 1 84 12 ** *** *** **}.
 * Use {@link #value()} to store it and {@link #withoutKey()} to search by it.
 *
 * @param value the 15 characters (upper case, no spaces), key included
 */
public record Nir(String value) {

    private static final Pattern WITHOUT_KEY = Pattern.compile("[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{6}");
    private static final Pattern KEY = Pattern.compile("[0-9]{2}");
    private static final int DEPARTEMENT = 5;

    private static final Refusal WRONG_FORMAT = Refusal.of("nir.format_invalide");
    private static final Refusal WRONG_KEY = Refusal.of("nir.cle_invalide");

    public Nir {
        Objects.requireNonNull(value, "value");
        refusalOf(value).ifPresent(refusal -> {
            throw new InvalidValueException(refusal);
        });
    }

    /**
     * Reads a NIR typed by a user, with or without its key: 13 characters (the key is computed) or
     * 15 (the key is checked). Spaces are ignored, {@code 2a}/{@code 2b} are accepted in lower case.
     */
    public static Result<Nir> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused("nir.obligatoire");
        }
        String compact = raw.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        String complete = compact.length() == 13 && WITHOUT_KEY.matcher(compact).matches()
                ? compact + keyOf(compact)
                : compact;
        return refusalOf(complete).<Result<Nir>>map(Result::refused).orElseGet(() -> Result.ok(new Nir(complete)));
    }

    public static Nir of(String raw) {
        return parse(raw).orElseThrow();
    }

    /** The 13 characters without the key. */
    public String withoutKey() {
        return value.substring(0, 13);
    }

    /** Sex, year and month of birth only; the rest is masked ({@code 1 84 12 ** *** *** **}). */
    @Override
    public String toString() {
        return value.charAt(0) + " " + value.substring(1, 3) + " " + value.substring(3, 5) + " ** *** *** **";
    }

    private static Optional<Refusal> refusalOf(String candidate) {
        if (candidate.length() != 15
                || !WITHOUT_KEY.matcher(candidate.substring(0, 13)).matches()
                || !KEY.matcher(candidate.substring(13)).matches()) {
            return Optional.of(WRONG_FORMAT);
        }
        if (!candidate.substring(13).equals(keyOf(candidate.substring(0, 13)))) {
            return Optional.of(WRONG_KEY);
        }
        return Optional.empty();
    }

    private static String keyOf(String withoutKey) {
        String departement = withoutKey.substring(DEPARTEMENT, DEPARTEMENT + 2);
        String numeric = switch (departement) {
            case "2A" -> "19";
            case "2B" -> "18";
            default -> departement;
        };
        long number = Long.parseLong(withoutKey.substring(0, DEPARTEMENT) + numeric + withoutKey.substring(DEPARTEMENT + 2));
        return String.format(Locale.ROOT, "%02d", 97 - number % 97);
    }
}
