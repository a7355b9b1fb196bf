package fr.portailpartenaires.domain.shared;

import java.util.Locale;

/**
 * The indice de répétition that follows a street number ({@code 107 B} = 107 bis). The one-letter
 * codes are those of the seed form (B, T, Q) completed with C for quinquies, as in the DGFiP
 * (cadastre, MAJIC) and Base Adresse Nationale files; rarer indices are not used by the portal.
 */
public enum RepetitionIndex {
    BIS("B"),
    TER("T"),
    QUATER("Q"),
    QUINQUIES("C");

    private final String letter;

    RepetitionIndex(String letter) {
        this.letter = letter;
    }

    /** The one-letter code written after the street number ({@code B}). */
    public String letter() {
        return letter;
    }

    /** Reads either the letter ({@code B}) or the word ({@code bis}), in any case. */
    public static Result<RepetitionIndex> parse(String raw) {
        String typed = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        for (RepetitionIndex index : values()) {
            if (index.letter.equals(typed) || index.name().equals(typed)) {
                return Result.ok(index);
            }
        }
        return Result.refused("adresse.complement_inconnu");
    }
}
