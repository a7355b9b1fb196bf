package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.reference.CaisseCode;
import java.util.Objects;
import java.util.UUID;

/**
 * Who acts on a convention or a registration. The application builds it from the authenticated
 * user; the domain decides what each one may do.
 */
public sealed interface Actor permits Actor.PartnerAdministrator, Actor.CaisseAdministrator {

    /** An administrator of the partner with this id. */
    record PartnerAdministrator(UUID partnerId) implements Actor {
        public PartnerAdministrator {
            Objects.requireNonNull(partnerId, "partnerId");
        }
    }

    /** An administrator (administrateur régional) of the caisse with this code. */
    record CaisseAdministrator(CaisseCode caisse) implements Actor {
        public CaisseAdministrator {
            Objects.requireNonNull(caisse, "caisse");
        }
    }
}
