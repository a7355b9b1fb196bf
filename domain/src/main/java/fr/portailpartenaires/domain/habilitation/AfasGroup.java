package fr.portailpartenaires.domain.habilitation;

import java.util.Objects;

/** A group of a convention: code, libellé, niveau (always 1 for the AFAS groups) and its period. */
public record AfasGroup(GroupCode code, int niveau, Period period) {

    public AfasGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(period, "period");
    }
}
