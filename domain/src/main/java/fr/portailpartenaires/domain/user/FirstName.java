package fr.portailpartenaires.domain.user;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import java.util.Objects;

/**
 * A user's prénom ({@code Alexandre}), kept as typed: at most 50 characters, letters
 * (accents included), spaces, hyphens and apostrophes, starting with a letter.
 * A distinct type from {@link LastName} so that the two cannot be swapped.
 *
 * @param value the prénom, trimmed
 */
public record FirstName(String value) {

    private static final String CODE = "prenom";

    public FirstName {
        Objects.requireNonNull(value, "value");
        NameRules.refusalOf(value, CODE).ifPresent(refusal -> {
            throw new InvalidValueException(refusal);
        });
    }

    public static Result<FirstName> parse(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        return NameRules.refusalOf(trimmed, CODE).<Result<FirstName>>map(Result::refused)
                .orElseGet(() -> Result.ok(new FirstName(trimmed)));
    }

    public static FirstName of(String raw) {
        return parse(raw).orElseThrow();
    }
}
