package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.Login;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable prefix of a convention's generated identifiers (seed: {@code ENF01302}): 3 to 20 upper-case letters
 * and digits, given by the CAF. An identifier is the prefix followed by a two-letter sequence ({@code AA} … {@code ZZ},
 * seed: {@code ENF01302SM}, then {@code SN}, {@code SO}…): sequence number n is the letters of n in base 26.
 */
public record IdentifierPrefix(String value) {

    /** Two letters: 26 × 26 identifiers per prefix. */
    public static final int CAPACITY = 26 * 26;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3,20}");

    public IdentifierPrefix {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an identifier prefix: " + value);
        }
    }

    public static Result<IdentifierPrefix> parse(String raw) {
        String value = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            return Result.refused("afas.prefixe_invalide");
        }
        return Result.ok(new IdentifierPrefix(value));
    }

    /** The sequence number of a two-letter suffix ({@code AA} = 0, {@code SM} = 480), or a refusal. */
    public static Result<Integer> sequenceOf(String suffix) {
        String value = suffix == null ? "" : suffix.strip().toUpperCase(java.util.Locale.ROOT);
        if (!value.matches("[A-Z]{2}")) {
            return Result.refused("afas.suffixe_invalide");
        }
        return Result.ok((value.charAt(0) - 'A') * 26 + (value.charAt(1) - 'A'));
    }

    /** The identifier of sequence number {@code n}, or {@link HabilitationRefusal#IDENTIFIERS_EXHAUSTED} past {@code ZZ}. */
    public Result<Login> identifier(int n) {
        if (n < 0 || n >= CAPACITY) {
            return Result.refused(HabilitationRefusal.IDENTIFIERS_EXHAUSTED.refusal());
        }
        return Login.parse(value + (char) ('A' + n / 26) + (char) ('A' + n % 26));
    }
}
