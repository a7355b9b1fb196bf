package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.util.Objects;

/**
 * Why a caisse invalidated a convention or a registration; sent to the partner in the
 * invalidation mail. Free text of at most 500 characters, without the € sign (seed rule).
 *
 * @param value the trimmed text
 */
public record Motif(String value) {

    static final int MAX_LENGTH = 500;

    private static final Refusal MANDATORY = Refusal.of("motif.obligatoire");
    private static final Refusal TOO_LONG = Refusal.of("motif.trop_long");
    private static final Refusal EURO_SIGN = Refusal.of("motif.signe_euro");

    public Motif {
        Objects.requireNonNull(value, "value");
        Refusal refusal = refusalFor(value);
        if (refusal != null) {
            throw new InvalidValueException(refusal);
        }
    }

    /** Reads a motif typed by a caisse administrator (trimmed). */
    public static Result<Motif> parse(String raw) {
        if (raw == null) {
            return Result.refused(MANDATORY);
        }
        String text = raw.strip();
        Refusal refusal = refusalFor(text);
        return refusal == null ? Result.ok(new Motif(text)) : Result.refused(refusal);
    }

    public static Motif of(String raw) {
        return parse(raw).orElseThrow();
    }

    private static Refusal refusalFor(String text) {
        if (text.isBlank()) {
            return MANDATORY;
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return TOO_LONG;
        }
        if (text.indexOf('€') >= 0) {
            return EURO_SIGN;
        }
        return null;
    }
}
