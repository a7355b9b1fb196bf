package fr.portailpartenaires.domain.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Why the core said no: a stable machine code (for clients and tests) and the French message shown to the user.
 * Refusals are values, not exceptions.
 *
 * <p>The messages are written once, in the catalogue {@code refusals.properties} beside this class (UTF-8, one line
 * per code, sorted by feature): {@link #of(String, Object...)} takes a code and finds its message there, so a code
 * always says the same thing wherever it is given, and every French sentence the core can answer is in one file
 * (ADR 31). A message with values has {@code %s} or {@code %d} where they go (a message has no other {@code %}).
 *
 * @param code    stable key, e.g. {@code siret.cle_invalide}
 * @param message the French message, e.g. "Le numéro SIRET est invalide (clé de contrôle)."
 */
public record Refusal(String code, String message) {

    private static final String CATALOGUE = "refusals.properties";
    private static final Map<String, String> MESSAGES = load();

    public Refusal {
        Components.required(Refusal.class, code, message);
        if (code.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("A refusal needs a code and a message");
        }
    }

    /**
     * The refusal {@code code}, its message taken from the catalogue and completed with {@code values} (in order).
     *
     * @throws IllegalArgumentException when the catalogue has no message for {@code code}, or one taking another
     *                                  number of values: a bug, found by the first test that reaches it
     */
    public static Refusal of(String code, Object... values) {
        String message = MESSAGES.get(code);
        if (message == null) {
            throw new IllegalArgumentException("No message in " + CATALOGUE + " for the refusal code " + code);
        }
        if (placeholders(message) != values.length) {
            throw new IllegalArgumentException("The refusal " + code + " takes " + placeholders(message)
                    + " values, not " + values.length);
        }
        return new Refusal(code, values.length == 0 ? message : String.format(Locale.FRANCE, message, values));
    }

    /**
     * The refusal {@code code} of a rule several fields share, worded by the catalogue's {@code rule}: the caller makes
     * the code from the field's ({@code date_visite.format}, {@code periode.du.format}), the message is the rule's,
     * completed with {@code values} (the field's name first).
     */
    public static Refusal sharedRule(String code, String rule, Object... values) {
        return new Refusal(code, of(rule, values).message());
    }

    /** How many {@code %s} or {@code %d} a message has. */
    static int placeholders(String message) {
        int count = 0;
        for (int at = message.indexOf('%'); at >= 0; at = message.indexOf('%', at + 2)) {
            count++;
        }
        return count;
    }

    /** Every code of the catalogue with its message as written (values not filled in). */
    public static Map<String, String> catalogue() {
        return MESSAGES;
    }

    private static Map<String, String> load() {
        try (InputStream in = Refusal.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("The refusal catalogue " + CATALOGUE + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames().stream()
                    .collect(Collectors.toUnmodifiableMap(name -> name, properties::getProperty));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
