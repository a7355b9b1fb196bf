package fr.portailpartenaires.domain.habilitation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An activity of the convention (« Service » for an ALSH), with its type (seed: {@code ALSH}), its optional nature
 * and its places (lieux d'implantation).
 */
public record Activity(ActivityId id, String libelle, String type, Optional<String> nature, List<Place> places) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Place.requireLabel(libelle);
        Place.requireLabel(type);
        Objects.requireNonNull(nature, "nature");
        places = List.copyOf(places);
    }

    public Optional<Place> place(PlaceId placeId) {
        return places.stream().filter(place -> place.id().equals(placeId)).findFirst();
    }
}
