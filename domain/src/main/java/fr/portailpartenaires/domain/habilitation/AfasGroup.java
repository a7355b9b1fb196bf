package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Components;

/** A group of a convention: code, libellé, niveau (always 1 for the AFAS groups) and its period. */
public record AfasGroup(GroupCode code, int niveau, Period period) {

    public AfasGroup {
        Components.required(AfasGroup.class, code, niveau, period);
    }
}
