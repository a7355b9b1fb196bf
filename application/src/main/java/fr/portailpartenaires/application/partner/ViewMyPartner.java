package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.convention.SelectConvention;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import java.util.List;
import java.util.UUID;

/** A partner user reads their partner, its address and its conventions (spec §3.1, §3.3). */
@UseCase
public interface ViewMyPartner {

    Outcome<PartnerView> view(Principal principal);

    /**
     * What every page's layout needs, read with one statement: the partner's name, whether the caller administers it,
     * and the convention selection (the one worked on and the effective ones) that the services menu and the
     * selector show.
     */
    Outcome<PartnerHeader> header(Principal principal);

    /**
     * @param conventions the convention worked on and the effective ones, as {@link SelectConvention#selection}
     *                    answers them
     */
    record PartnerHeader(String nom, boolean administrateur, SelectConvention.Selection conventions) {
    }

    record PartnerView(UUID id, String nom, String siret, String telephone, String email, List<String> adresse,
            List<ConventionView> conventions, boolean administrateur) {
    }

    record ConventionView(UUID id, String regime, String caisse, String code, String typePartenaire, String etat) {
    }
}
