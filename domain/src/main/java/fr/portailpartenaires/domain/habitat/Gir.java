package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;

/**
 * The GIR (groupe iso-ressources) of the AGGIR grid, from 1 (most dependent) to 6 (autonomous), as the
 * evaluation file gives it.
 *
 * @param value 1 to 6
 */
public record Gir(int value) {

    private static final Refusal OUT_OF_RANGE = Refusal.of("gir.invalide");

    public Gir {
        if (value < 1 || value > 6) {
            throw new InvalidValueException(OUT_OF_RANGE);
        }
    }

    public static Result<Gir> of(Integer value) {
        if (value == null) {
            return Result.refused("gir.obligatoire");
        }
        return value < 1 || value > 6 ? Result.refused(OUT_OF_RANGE) : Result.ok(new Gir(value));
    }

    /** "GIR 4". */
    public String label() {
        return "GIR " + value;
    }
}
