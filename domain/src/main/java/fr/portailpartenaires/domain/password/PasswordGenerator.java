package fr.portailpartenaires.domain.password;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws random passwords shaped for each policy, from characters that cannot be misread in a mail
 * (no {@code 0 O o 1 l I}), and retries until the policy accepts the result (which may only fail
 * for the recommended policy when the draw happens to contain the login).
 */
final class PasswordGenerator {

    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    static final String DIGITS = "23456789";
    static final String SPECIAL = "!#$%*+-=?@_";
    static final String ALPHANUMERIC = UPPER + LOWER + DIGITS;

    private static final int MAX_ATTEMPTS = 1000;

    private PasswordGenerator() {
    }

    static String draw(PasswordPolicy policy, String login, RandomGenerator random) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String candidate = switch (policy) {
                case PasswordPolicy.Ppas ppas -> shaped(random, 12, ALPHANUMERIC, List.of(DIGITS));
                case PasswordPolicy.Caf caf -> shaped(random, 14, ALPHANUMERIC + SPECIAL, List.of(UPPER, LOWER, DIGITS, SPECIAL));
                case PasswordPolicy.Recommended recommended -> shaped(random, 16, ALPHANUMERIC, List.of());
            };
            if (policy.check(candidate, login).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("Could not draw a password satisfying " + policy + " for this login");
    }

    /** {@code length} characters: one from each required set, the rest from {@code pool}, shuffled. */
    private static String shaped(RandomGenerator random, int length, String pool, List<String> required) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            String from = i < required.size() ? required.get(i) : pool;
            chars[i] = from.charAt(random.nextInt(from.length()));
        }
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
        return new String(chars);
    }
}
