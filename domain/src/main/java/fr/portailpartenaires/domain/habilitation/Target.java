package fr.portailpartenaires.domain.habilitation;

import java.util.Objects;

/** What one grant covers: an activity, or a place (only for the activity data provider). */
public sealed interface Target {

    record OnActivity(ActivityId activity) implements Target {
        public OnActivity {
            Objects.requireNonNull(activity, "activity");
        }
    }

    record OnPlace(PlaceId place) implements Target {
        public OnPlace {
            Objects.requireNonNull(place, "place");
        }
    }
}
