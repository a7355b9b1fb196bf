package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.convention.ManageConventions.ConventionView;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The convention selector under the page title (spec §3.3): a partner user works on one of the partner's
 * effective conventions (validated, not closed) at a time, kept in their session; by default the first one.
 * Every list of the services is scoped to it.
 */
@UseCase
public interface SelectConvention {

    /** The convention worked on and the ones the user may choose from. */
    Outcome<Selection> selection(Principal partnerUser);

    /**
     * Keeps the choice in the session. Another partner's convention is not found; a pending, invalidated or
     * closed one cannot be selected.
     */
    Outcome<Selection> select(Principal partnerUser, ConventionId id);

    /**
     * @param selected the convention worked on: the one chosen in the session while it is effective, else the
     *                 first effective one; empty when the partner has no effective convention
     * @param choices  the partner's effective conventions, in request order
     */
    record Selection(Optional<ConventionView> selected, List<ConventionView> choices) {

        public Selection {
            choices = List.copyOf(choices);
        }

        /** The selection among a partner's conventions on that day, the one worked on being {@code selected}. */
        public static Selection of(PartnerConventions ofPartner, Optional<Convention.Validee> selected,
                LocalDate today) {
            return new Selection(selected.map(convention -> ConventionView.of(convention, today)),
                    ofPartner.effective(today).stream().map(convention -> ConventionView.of(convention, today))
                            .toList());
        }
    }
}
