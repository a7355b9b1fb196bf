package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import java.util.List;
import java.util.UUID;

/** A partner user reads their partner, its address and its conventions (spec §3.1, §3.3). */
@UseCase
public interface ViewMyPartner {

    Outcome<PartnerView> view(Principal principal);

    /** The partner's name and whether the caller administers it: what the pages' header needs, read cheaply. */
    Outcome<PartnerHeader> header(Principal principal);

    record PartnerHeader(String nom, boolean administrateur) {
    }

    record PartnerView(UUID id, String nom, String siret, String telephone, String email, List<String> adresse,
            List<ConventionView> conventions, boolean administrateur) {
    }

    record ConventionView(UUID id, String regime, String caisse, String code, String typePartenaire, String etat) {
    }
}
