package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.user.UserId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The criteria of « Habilitations d'action sociale » (spec §6.4): the états are mandatory (at least one); the others
 * narrow the results; {@code places} is « Lieux d'implantation : oui » (the places' sections are listed too).
 */
public record GrantSearch(Set<GrantState> states, Optional<UserId> user, Optional<Role> role,
        Optional<ActivityId> activity, Optional<String> type, Optional<String> nature, boolean places) {

    public GrantSearch {
        if (Objects.requireNonNull(states, "states").isEmpty()) {
            throw new IllegalArgumentException("At least one état is searched");
        }
        states = Set.copyOf(EnumSet.copyOf(states));
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nature, "nature");
    }

    /** Every grant and every gap, places included. */
    public static GrantSearch everything() {
        return new GrantSearch(EnumSet.allOf(GrantState.class), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true);
    }
}
