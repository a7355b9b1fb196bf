package fr.portailpartenaires.domain.password;

import fr.portailpartenaires.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules a new password must follow, chosen per portal profile (spec §2.3). {@link #check}
 * reports every violation at once, as French refusals; an empty list means the password is fine.
 * Lengths are counted in Unicode code points.
 */
public sealed interface PasswordPolicy permits PasswordPolicy.Ppas, PasswordPolicy.Caf, PasswordPolicy.Recommended {

    /** No policy accepts more than this, so that hashing cost stays bounded. */
    int MAX_LENGTH = 128;

    /**
     * Every rule the password breaks.
     *
     * @param password the candidate password, as typed
     * @param login    the login of its owner (only the recommended policy uses it)
     */
    List<Refusal> check(String password, String login);

    /** The PPAS seeds: 8 to 12 ASCII letters and digits, at least one digit. */
    static PasswordPolicy ppas() {
        return new Ppas();
    }

    /** The CAF seed: at least 8 characters with an upper-case and a lower-case letter, a digit and a special character. */
    static PasswordPolicy caf() {
        return new Caf();
    }

    /** ASVS 5.0 §6.2 / NIST 800-63B / CNIL 2022-100: 12 to 128 characters, no composition rule, not common, not the login. */
    static PasswordPolicy recommended(PasswordBlocklist blocklist) {
        return new Recommended(blocklist);
    }

    /** The refusals of a password shorter than {@code min} or longer than {@link #MAX_LENGTH}, in a list to add to. */
    private static List<Refusal> lengthViolations(String password, int min) {
        List<Refusal> violations = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < min) {
            violations.add(Refusal.of("mot_de_passe.longueur_minimale", min));
        }
        if (length > MAX_LENGTH) {
            violations.add(PasswordRefusals.TOO_LONG);
        }
        return violations;
    }

    /** See {@link PasswordPolicy#ppas()}. */
    record Ppas() implements PasswordPolicy {
        static final int MIN = 8;
        static final int MAX = 12;

        @Override
        public List<Refusal> check(String password, String login) {
            if (password == null || password.isEmpty()) {
                return List.of(PasswordRefusals.MANDATORY);
            }
            List<Refusal> violations = new ArrayList<>();
            int length = password.codePointCount(0, password.length());
            if (length < MIN || length > MAX) {
                violations.add(Refusal.of("mot_de_passe.longueur"));
            }
            if (password.codePoints().anyMatch(Ppas::isAccented)) {
                violations.add(Refusal.of("mot_de_passe.accent"));
            }
            if (password.codePoints().anyMatch(cp -> !isAsciiLetter(cp) && !isAccented(cp) && !isAsciiDigit(cp))) {
                violations.add(Refusal.of("mot_de_passe.caractere_special"));
            }
            if (password.codePoints().noneMatch(Ppas::isAsciiDigit)) {
                violations.add(PasswordRefusals.MISSING_DIGIT);
            }
            return List.copyOf(violations);
        }

        /** A non-ASCII letter (é, ç, ß…) or a combining accent typed after a plain letter. */
        private static boolean isAccented(int cp) {
            return (Character.isLetter(cp) && !isAsciiLetter(cp)) || Character.getType(cp) == Character.NON_SPACING_MARK;
        }

        private static boolean isAsciiLetter(int cp) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }

        private static boolean isAsciiDigit(int cp) {
            return cp >= '0' && cp <= '9';
        }
    }

    /** See {@link PasswordPolicy#caf()}. */
    record Caf() implements PasswordPolicy {
        static final int MIN = 8;

        @Override
        public List<Refusal> check(String password, String login) {
            if (password == null || password.isEmpty()) {
                return List.of(PasswordRefusals.MANDATORY);
            }
            List<Refusal> violations = lengthViolations(password, MIN);
            if (password.codePoints().noneMatch(Character::isUpperCase)) {
                violations.add(Refusal.of("mot_de_passe.majuscule_manquante"));
            }
            if (password.codePoints().noneMatch(Character::isLowerCase)) {
                violations.add(Refusal.of("mot_de_passe.minuscule_manquante"));
            }
            if (password.codePoints().noneMatch(Character::isDigit)) {
                violations.add(PasswordRefusals.MISSING_DIGIT);
            }
            if (password.codePoints().allMatch(Character::isLetterOrDigit)) {
                violations.add(Refusal.of("mot_de_passe.caractere_special_manquant"));
            }
            return List.copyOf(violations);
        }
    }

    /**
     * See {@link PasswordPolicy#recommended(PasswordBlocklist)}.
     *
     * @param blocklist the common or breached passwords to refuse
     */
    record Recommended(PasswordBlocklist blocklist) implements PasswordPolicy {
        static final int MIN = 12;

        public Recommended {
            Objects.requireNonNull(blocklist, "blocklist");
        }

        @Override
        public List<Refusal> check(String password, String login) {
            if (password == null || password.isEmpty()) {
                return List.of(PasswordRefusals.MANDATORY);
            }
            List<Refusal> violations = lengthViolations(password, MIN);
            if (blocklist.contains(password)) {
                violations.add(Refusal.of("mot_de_passe.trop_courant"));
            }
            if (login != null && !login.isBlank()
                    && PasswordBlocklist.normalize(password).contains(PasswordBlocklist.normalize(login.strip()))) {
                violations.add(Refusal.of("mot_de_passe.contient_identifiant"));
            }
            return List.copyOf(violations);
        }
    }
}
