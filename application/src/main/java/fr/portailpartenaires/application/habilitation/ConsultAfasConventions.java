package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * « Consulter les conventions » (spec §6.1, « Mon Compte Partenaire »): any user of a partner reads its AFAS
 * conventions and the detail of one, with its groups and its activities and places (also « Télécharger PDF »).
 * Another partner's convention does not exist for them.
 */
@UseCase
public interface ConsultAfasConventions {

    /** « Consulter les conventions », with its filters (each optional). */
    Outcome<List<ConventionView>> conventions(Principal principal, ConventionFilter filter);

    /** « Détail de la convention »: the convention, its groups and its activities with their places. */
    Outcome<ConventionDetail> convention(Principal principal, AfasConventionId convention);

    /** The criteria the core reads; the adapters filter on what they name (the « statut », the « état »). */
    record ConventionFilter(String libelle, String cafPivot) {

        public static final ConventionFilter NONE = new ConventionFilter(null, null);
    }

    /**
     * A line of « Consulter les conventions ».
     *
     * @param clos      whether it is closed today (the adapters say « Clôturé », else « Ouvert »)
     * @param valideeLe the day the CAF validated it (the adapters say « Validée le … »)
     */
    record ConventionView(UUID id, String libelle, String cafPivot, String partenaire, LocalDate dateOuverture,
            LocalDate dateCloture, boolean clos, LocalDate valideeLe) {
    }

    /** @param clos whether the group is closed today */
    record GroupView(String code, String libelle, int niveau, LocalDate dateOuverture, LocalDate dateCloture,
            boolean clos) {
    }

    record PlaceView(UUID id, String libelle) {
    }

    record ActivityView(UUID id, String libelle, String type, String nature, List<PlaceView> lieux) {
    }

    record ConventionDetail(ConventionView convention, List<GroupView> groupes, List<ActivityView> activites) {
    }
}
