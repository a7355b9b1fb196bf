package fr.portailpartenaires.adapters.web.habilitation;

import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ActivityView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionDetail;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.GroupView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the AFAS screens say of a convention (spec §6.1), made here from the dates and values the use cases answer: its
 * état « Validée le 30/08/2018 » and the « Autres actions » of its line. The JSON answers and the PDF say the same.
 */
final class AfasLabels {

    /** The « Autres actions » of a line of « Consulter les conventions ». */
    static final List<String> CONVENTION_ACTIONS = List.of("Groupes", "Utilisateurs", "Détail de la convention",
            "Télécharger PDF");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRANCE);

    private AfasLabels() {
    }

    /** « Validée le 30/08/2018 ». */
    static String etat(LocalDate validatedOn) {
        return "Validée le " + DAY.format(validatedOn);
    }

    /** Whether the convention's état contains the text asked (any case; blank asks nothing). */
    static boolean etatContains(ConventionView view, String wanted) {
        return wanted == null || wanted.isBlank()
                || etat(view.valideeLe()).toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT));
    }

    /** A line of « Consulter les conventions » as the JSON API answers it. */
    record ConventionJson(UUID id, String libelle, String cafPivot, String partenaire, LocalDate dateOuverture,
            LocalDate dateCloture, String statut, String etat, List<String> actions) {

        static ConventionJson of(ConventionView view) {
            return new ConventionJson(view.id(), view.libelle(), view.cafPivot(), view.partenaire(),
                    view.dateOuverture(), view.dateCloture(), view.statut(), AfasLabels.etat(view.valideeLe()),
                    CONVENTION_ACTIONS);
        }

        static List<ConventionJson> of(List<ConventionView> views) {
            return views.stream().map(ConventionJson::of).toList();
        }
    }

    /** « Détail de la convention » as the JSON API answers it. */
    record ConventionDetailJson(ConventionJson convention, List<GroupView> groupes, List<ActivityView> activites) {

        static ConventionDetailJson of(ConventionDetail detail) {
            return new ConventionDetailJson(ConventionJson.of(detail.convention()), detail.groupes(),
                    detail.activites());
        }
    }
}
