package fr.portailpartenaires.domain.habilitation;

import java.util.Objects;
import java.util.UUID;

/** The technical identity of a place (lieu d'implantation) of an activity. */
public record PlaceId(UUID value) {

    public PlaceId {
        Objects.requireNonNull(value, "value");
    }
}
