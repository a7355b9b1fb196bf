package fr.portailpartenaires.domain.habilitation;

import java.util.List;
import java.util.Objects;

/**
 * The portée chosen in the grant form: « des activités » (any role) or « des lieux d'implantation » (only the
 * activity data provider). The select-all helpers of the form only fill these lists.
 */
public sealed interface Scope {

    record Activities(List<ActivityId> activities) implements Scope {
        public Activities {
            activities = List.copyOf(Objects.requireNonNull(activities, "activities")).stream().distinct().toList();
        }
    }

    record Places(List<PlaceId> places) implements Scope {
        public Places {
            places = List.copyOf(Objects.requireNonNull(places, "places")).stream().distinct().toList();
        }
    }
}
