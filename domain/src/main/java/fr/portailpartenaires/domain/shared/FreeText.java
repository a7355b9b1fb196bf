package fr.portailpartenaires.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A free-text comment typed by a user (observations, a comment sent with a "sans suite"…):
 * trimmed, never blank, without the euro sign, which the caisses' systems do not accept (the seed
 * manuals: "Ne pas saisir le signe € dans les champs Commentaire").
 *
 * <p>A comment is usually optional, so a blank input is not an error: {@link #parse(String, int)}
 * returns an empty {@link Optional} for it, and the fields that hold a comment are
 * {@code Optional<FreeText>}. The maximum length belongs to the field, so the caller gives it; it
 * counts characters (Unicode code points), as a database {@code VARCHAR(n)} does.
 *
 * @param value the text, stripped of leading and trailing white space (the constructor strips it),
 *              not blank, without €
 */
public record FreeText(String value) {

    public FreeText {
        value = Objects.requireNonNull(value, "value").strip();
        if (value.isEmpty()) {
            throw new InvalidValueException(empty());
        }
        if (value.indexOf('€') >= 0) {
            throw new InvalidValueException(euroSign());
        }
    }

    /**
     * Reads a comment typed by a user: empty when blank, refused when longer than
     * {@code maxLength} characters (after trimming) or when it contains the € sign.
     */
    public static Result<Optional<FreeText>> parse(String raw, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("A maximum length is at least 1: " + maxLength);
        }
        if (raw == null || raw.isBlank()) {
            return Result.ok(Optional.empty());
        }
        String text = raw.strip();
        if (text.indexOf('€') >= 0) {
            return Result.refused(euroSign());
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return Result.refused("texte.trop_long", maxLength, length);
        }
        return Result.ok(Optional.of(new FreeText(text)));
    }

    /** A text known to be present and valid (tests, reference data); throws otherwise. */
    public static FreeText of(String raw, int maxLength) {
        return parse(raw, maxLength).orElseThrow().orElseThrow(() -> new InvalidValueException(empty()));
    }

    /** The length in characters (Unicode code points), the unit of a field's maximum length. */
    public int length() {
        return value.codePointCount(0, value.length());
    }

    private static Refusal empty() {
        return Refusal.of("texte.vide");
    }

    private static Refusal euroSign() {
        return Refusal.of("texte.signe_euro");
    }
}
