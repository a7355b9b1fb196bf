package fr.portailpartenaires.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
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
     * The form of one kind of code (a caisse's, a régime's, a convention's), read and checked the same way by the
     * code's {@code parse} and by its constructor.
     *
     * @param mandatory  the refusal of a blank code
     * @param invalid    the refusal of a code not well formed
     * @param wellFormed whether a trimmed, upper-cased code has the form
     */
    public record Format(Refusal mandatory, Refusal invalid, Predicate<String> wellFormed) {

        public Format {
            Components.required(Format.class, mandatory, invalid, wellFormed);
        }

        /**
         * The code {@code raw}, trimmed and upper-cased, made a value by {@code create} when well formed; refused
         * with {@link #mandatory} when blank, with {@link #invalid} when not well formed.
         */
        public <T> Result<T> parse(String raw, Function<String, T> create) {
            if (raw == null || raw.isBlank()) {
                return Result.refused(mandatory);
            }
            String code = raw.strip().toUpperCase(Locale.ROOT);
            return wellFormed.test(code) ? Result.ok(create.apply(code)) : Result.refused(invalid);
        }

        /** Checks a code given to a constructor as it is: an {@link InvalidValueException} when not well formed. */
        public void require(String code) {
            Objects.requireNonNull(code, "value");
            if (!wellFormed.test(code)) {
                throw new InvalidValueException(invalid);
            }
        }
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
