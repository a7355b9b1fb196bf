package fr.portailpartenaires.domain.user;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import java.util.Objects;

/**
 * A user's nom de famille ({@code GRIZZI}), kept as typed: at most 50 characters, letters
 * (accents included), spaces, hyphens and apostrophes, starting with a letter.
 * A distinct type from {@link FirstName} so that the two cannot be swapped.
 *
 * @param value the nom de famille, trimmed
 */
public record LastName(String value) {

    private static final String CODE = "nom";

    public LastName {
        Objects.requireNonNull(value, "value");
        NameRules.refusalOf(value, CODE).ifPresent(refusal -> {
            throw new InvalidValueException(refusal);
        });
    }

    public static Result<LastName> parse(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        return NameRules.refusalOf(trimmed, CODE).<Result<LastName>>map(Result::refused)
                .orElseGet(() -> Result.ok(new LastName(trimmed)));
    }

    public static LastName of(String raw) {
        return parse(raw).orElseThrow();
    }
}
