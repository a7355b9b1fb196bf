package fr.portailpartenaires.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Codes as a client types or sends them: trimmed and upper-cased, then checked (a caisse's, a régime's, a
 * convention's code) or looked up among an enum's constants (a partner type, the ressources of a household).
 */
public final class TypedCodes {

    private TypedCodes() {
    }

    /**
     * The code {@code raw}, trimmed and upper-cased, made a value by {@code create} when {@code wellFormed}; refused
     * with {@code mandatory} when blank, with {@code invalid} when not well formed.
     */
    public static <T> Result<T> parse(String raw, Refusal mandatory, Refusal invalid, Predicate<String> wellFormed,
            Function<String, T> create) {
        if (raw == null || raw.isBlank()) {
            return Result.refused(mandatory);
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return wellFormed.test(code) ? Result.ok(create.apply(code)) : Result.refused(invalid);
    }

    /**
     * The constant whose {@code code} is {@code raw}, trimmed and upper-cased; refused with {@code mandatory} when
     * blank, with {@code unknown} when no constant has that code.
     */
    public static <E extends Enum<E>> Result<E> constant(String raw, E[] constants, Function<E, String> code,
            Refusal mandatory, Refusal unknown) {
        if (raw == null || raw.isBlank()) {
            return Result.refused(mandatory);
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(constants)
                .filter(constant -> code.apply(constant).equals(wanted))
                .findFirst()
                .<Result<E>>map(Result::ok)
                .orElseGet(() -> Result.refused(unknown));
    }
}
