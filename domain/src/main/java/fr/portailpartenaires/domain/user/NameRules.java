package fr.portailpartenaires.domain.user;

import fr.portailpartenaires.domain.shared.Refusal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules shared by last and first names: at most 50 characters, letters (accents included),
 * spaces, hyphens and apostrophes, starting with a letter.
 */
final class NameRules {

    static final int MAX_LENGTH = 50;

    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '’-]*");

    private NameRules() {
    }

    /**
     * @param code the refusal code prefix ({@code nom}, {@code prenom}): the catalogue has each rule's message for it
     */
    static Optional<Refusal> refusalOf(String candidate, String code) {
        if (candidate.isEmpty()) {
            return Optional.of(Refusal.of(code + ".obligatoire"));
        }
        if (candidate.length() > MAX_LENGTH) {
            return Optional.of(Refusal.of(code + ".trop_long", MAX_LENGTH));
        }
        if (!NAME.matcher(candidate).matches() || !candidate.equals(candidate.strip())) {
            return Optional.of(Refusal.of(code + ".caracteres_invalides"));
        }
        return Optional.empty();
    }
}
