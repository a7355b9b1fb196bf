package fr.portailpartenaires.domain.user;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The login (identifiant) a user types to connect: 3 to 30 letters and digits, without accents,
 * spaces or special characters ({@code Alex7}, {@code Solange778}, {@code ENF01302SM}). It is
 * chosen at creation and never changes.
 *
 * <p>The login is kept as typed, and {@link #equals} compares that exact value; but logins are
 * unique case-insensitively, in a partner and in the whole portal, so uniqueness checks and
 * look-ups compare {@link #key()}.
 *
 * @param value the login as typed
 */
public record Login(String value) {

    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 30;
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Za-z0-9]+");

    public Login {
        Objects.requireNonNull(value, "value");
        refusalOf(value).ifPresent(refusal -> {
            throw new InvalidValueException(refusal);
        });
    }

    public static Result<Login> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused("login.obligatoire");
        }
        String trimmed = raw.strip();
        return refusalOf(trimmed).<Result<Login>>map(Result::refused).orElseGet(() -> Result.ok(new Login(trimmed)));
    }

    public static Login of(String raw) {
        return parse(raw).orElseThrow();
    }

    /** The lower-case form that uniqueness checks and look-ups compare. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static Optional<Refusal> refusalOf(String candidate) {
        if (!LETTERS_AND_DIGITS.matcher(candidate).matches()) {
            return Optional.of(Refusal.of("login.caracteres_invalides"));
        }
        if (candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
            return Optional.of(Refusal.of("login.longueur_invalide", MIN_LENGTH, MAX_LENGTH));
        }
        return Optional.empty();
    }
}
