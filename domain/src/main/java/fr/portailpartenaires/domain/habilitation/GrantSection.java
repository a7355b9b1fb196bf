package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Components;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One block of the search results: « Activité : ESC Farandole Istres » or « Lieu d'implantation : ESC L'éclair »,
 * with its lines (grants, or for {@link GrantState#NON_ATTRIBUE} the roles nobody holds there).
 *
 * @param id the activity's or place's id
 */
public record GrantSection(Kind kind, UUID id, String libelle, List<Line> lines) {

    public enum Kind {
        ACTIVITE("Activité"), LIEU("Lieu d'implantation");

        private final String libelle;

        Kind(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    public GrantSection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(libelle, "libelle");
        lines = List.copyOf(lines);
    }

    /**
     * A grant (every field present) or a gap ({@code state} {@link GrantState#NON_ATTRIBUE}: only the role).
     *
     * @param pendingCafValidation shown « 30/08/2018* » with « (*) En attente de validation par votre CAF. »
     */
    public record Line(Role role, GrantState state, Optional<GrantId> grant, Optional<AfasUser> user,
            Optional<LocalDate> start, Optional<LocalDate> end, boolean pendingCafValidation) {

        public Line {
            Components.required(Line.class, role, state, grant, user, start, end, pendingCafValidation);
        }

        static Line gap(Role role) {
            return new Line(role, GrantState.NON_ATTRIBUE, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), false);
        }
    }
}
