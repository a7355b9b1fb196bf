package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.habilitation.GrantAfasRoles.GrantLine;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import java.util.List;
import java.util.UUID;

/**
 * « Habilitations d'action sociale » (spec §6.4): any user of the partner searches a convention's grants by état —
 * and, with « Non attribué », the roles nobody holds — by activity and place. Another partner's convention does not
 * exist for them.
 */
@UseCase
public interface SearchAfasHabilitations {

    /** « Habilitations d'action sociale »: grants and gaps by activity and place. */
    Outcome<SearchResult> search(Principal principal, AfasConventionId convention, SearchForm form);

    /**
     * The search criteria: {@code etats} is mandatory (ACTIF, HISTORIQUE, INACTIF, NON_ATTRIBUE); {@code lieux}
     * « Lieux d'implantation oui/non » (default oui).
     */
    record SearchForm(List<String> etats, String utilisateur, String role, String activite, String type,
            String nature, Boolean lieux) {
    }

    /** « Activité : ESC Farandole Istres » / « Lieu d'implantation : ESC L'éclair ». */
    record Section(String type, UUID id, String libelle, List<GrantLine> lignes) {
    }

    /**
     * @param message « Aucun résultat correspondant au(x) critère(s) de recherche. » when nothing matched
     * @param note    « (*) En attente de validation par votre CAF. » when an approver waits
     */
    record SearchResult(List<Section> sections, String message, String note) {
    }
}
