package fr.portailpartenaires.domain.shared;

import java.util.regex.Pattern;

/**
 * An amount in euros, held as a whole number of cents (never a floating-point number).
 *
 * <p>Amounts are never negative: every amount of the portal (a convention's tariff, an invoice
 * line, a payment, the CNAV funding ceiling) is a sum owed or paid, and a credit would be a
 * separate business event, not a negative amount.
 *
 * <p>Formatting follows French typography: {@code 1 234,56 €}, where the thousands separator and
 * the space before the euro sign are both the narrow no-break space U+202F ({@link #SPACE}), the
 * one the JDK's French locale uses for grouping. {@link #parse(String)} accepts what
 * {@link #format()} produces, and what users type: spaces (ordinary, no-break, narrow no-break)
 * anywhere between digits, a comma or a dot as decimal separator, an optional trailing €.
 *
 * @param cents the amount in cents, zero or more
 */
public record Money(long cents) implements Comparable<Money> {

    /** The narrow no-break space (U+202F) used as thousands separator and before the euro sign. */
    public static final char SPACE = '\u202F';

    public static final Money ZERO = new Money(0);

    /** Thirteen digits of euros keep every amount (and its cents) far below {@code Long.MAX_VALUE}. */
    private static final int MAX_EURO_DIGITS = 13;

    private static final Pattern AMOUNT = Pattern.compile("(\\d+)(?:[.,](\\d{1,2}))?");
    private static final Pattern TOO_MANY_DECIMALS = Pattern.compile("\\d+[.,]\\d{3,}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

    public Money {
        if (cents < 0) {
            throw new InvalidValueException(negative());
        }
    }

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Reads an amount typed by a user, e.g. {@code "1 234,56"}, {@code "1234.5"}, {@code "80 €"}. */
    public static Result<Money> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused("montant.obligatoire");
        }
        String compact = SPACES.matcher(raw).replaceAll("");
        if (compact.endsWith("€")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        if (compact.startsWith("-")) {
            return Result.refused(negative());
        }
        if (TOO_MANY_DECIMALS.matcher(compact).matches()) {
            return Result.refused("montant.trop_de_decimales");
        }
        var matcher = AMOUNT.matcher(compact);
        if (!matcher.matches()) {
            return Result.refused("montant.format");
        }
        String euros = matcher.group(1).replaceFirst("^0+(?=\\d)", "");
        if (euros.length() > MAX_EURO_DIGITS) {
            return Result.refused("montant.trop_eleve");
        }
        String decimals = matcher.group(2) == null ? "00" : (matcher.group(2) + "0").substring(0, 2);
        return Result.ok(new Money(Long.parseLong(euros) * 100 + Long.parseLong(decimals)));
    }

    public static Money of(String raw) {
        return parse(raw).orElseThrow();
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    /** This amount {@code factor} times, e.g. a tariff times a number of invoice lines. */
    public Money times(int factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("A multiplication factor cannot be negative: " + factor);
        }
        return new Money(Math.multiplyExact(cents, factor));
    }

    /** The French rendering, e.g. {@code 1 234,56 €} with narrow no-break spaces ({@link #SPACE}). */
    public String format() {
        String euros = Long.toString(cents / 100);
        var grouped = new StringBuilder();
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0) {
                grouped.append(SPACE);
            }
            grouped.append(euros.charAt(i));
        }
        long rest = cents % 100;
        return grouped + (rest < 10 ? ",0" : ",") + rest + SPACE + "€";
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    private static Refusal negative() {
        return Refusal.of("montant.negatif");
    }
}
