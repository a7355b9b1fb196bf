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
     * @param code  the refusal code prefix ({@code nom}, {@code prenom})
     * @param label the French subject of the messages ({@code Le nom})
     */
    static Optional<Refusal> refusalOf(String candidate, String code, String label) {
        if (candidate.isEmpty()) {
            return Optional.of(Refusal.of(code + ".obligatoire", label + " est obligatoire."));
        }
        if (candidate.length() > MAX_LENGTH) {
            return Optional.of(Refusal.of(code + ".trop_long",
                    label + " ne doit pas dépasser " + MAX_LENGTH + " caractères."));
        }
        if (!NAME.matcher(candidate).matches() || !candidate.equals(candidate.strip())) {
            return Optional.of(Refusal.of(code + ".caracteres_invalides",
                    label + " ne peut contenir que des lettres, des espaces, des traits d'union et des apostrophes."));
        }
        return Optional.empty();
    }
}
