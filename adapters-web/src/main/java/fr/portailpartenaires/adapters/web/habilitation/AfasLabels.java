package fr.portailpartenaires.adapters.web.habilitation;

import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ActivityView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionDetail;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.GroupView;
import fr.portailpartenaires.application.habilitation.GrantAfasRoles.GrantLine;
import fr.portailpartenaires.application.habilitation.GrantAfasRoles.GrantsMade;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.MembershipView;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserDetail;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserView;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitations.SearchResult;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitations.Section;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the AFAS screens say of a convention (spec §6.1), made here from the dates and values the use cases answer: its
 * état « Validée le 30/08/2018 » and the « Autres actions » of its line, the statut « Ouvert » / « Clôturé » of a
 * convention, a group, a user or a membership, and the start of a grant « 30/08/2018* » while the CAF has not
 * validated its approver (spec §6.3). The JSON answers and the PDF say the same.
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

    /** « Clôturé » or « Ouvert ». */
    static String statut(boolean clos) {
        return clos ? "Clôturé" : "Ouvert";
    }

    /** Whether the convention's statut contains the text asked (any case; blank asks nothing). */
    static boolean statutContains(ConventionView view, String wanted) {
        return contains(statut(view.clos()), wanted);
    }

    /**
     * The start of a grant as the lists show it: « 30/08/2018 », « 30/08/2018* » while the CAF has not validated the
     * approver; null for no start.
     */
    static String grantStart(LocalDate start, boolean pendingCafValidation) {
        return start == null ? null : DAY.format(start) + (pendingCafValidation ? "*" : "");
    }

    /** Whether the convention's état contains the text asked (any case; blank asks nothing). */
    static boolean etatContains(ConventionView view, String wanted) {
        return contains(etat(view.valideeLe()), wanted);
    }

    private static boolean contains(String label, String wanted) {
        return wanted == null || wanted.isBlank()
                || label.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT));
    }

    /** A line of « Consulter les conventions » as the JSON API answers it. */
    record ConventionJson(UUID id, String libelle, String cafPivot, String partenaire, LocalDate dateOuverture,
            LocalDate dateCloture, String statut, String etat, List<String> actions) {

        static ConventionJson of(ConventionView view) {
            return new ConventionJson(view.id(), view.libelle(), view.cafPivot(), view.partenaire(),
                    view.dateOuverture(), view.dateCloture(), AfasLabels.statut(view.clos()),
                    AfasLabels.etat(view.valideeLe()), CONVENTION_ACTIONS);
        }

        static List<ConventionJson> of(List<ConventionView> views) {
            return views.stream().map(ConventionJson::of).toList();
        }
    }

    /** « Détail de la convention » as the JSON API answers it. */
    record ConventionDetailJson(ConventionJson convention, List<GroupJson> groupes, List<ActivityView> activites) {

        static ConventionDetailJson of(ConventionDetail detail) {
            return new ConventionDetailJson(ConventionJson.of(detail.convention()), GroupJson.of(detail.groupes()),
                    detail.activites());
        }
    }

    /** A group of a convention as the JSON API answers it, with its statut. */
    record GroupJson(String code, String libelle, int niveau, LocalDate dateOuverture, LocalDate dateCloture,
            String statut) {

        static List<GroupJson> of(List<GroupView> views) {
            return views.stream().map(view -> new GroupJson(view.code(), view.libelle(), view.niveau(),
                    view.dateOuverture(), view.dateCloture(), AfasLabels.statut(view.clos()))).toList();
        }
    }

    /** A user of a convention as the JSON API answers it, with their statut. */
    record UserViewJson(UUID id, String identifiant, String nom, String prenom, String email, String telephone,
            String poste, LocalDate dateOuverture, LocalDate dateCloture, String statut, List<String> groupes) {

        static UserViewJson of(UserView view) {
            return new UserViewJson(view.id(), view.identifiant(), view.nom(), view.prenom(), view.email(),
                    view.telephone(), view.poste(), view.dateOuverture(), view.dateCloture(),
                    AfasLabels.statut(view.clos()), view.groupes());
        }

        static List<UserViewJson> of(List<UserView> views) {
            return views.stream().map(UserViewJson::of).toList();
        }
    }

    /** A user's membership of a group as the JSON API answers it, with its statut. */
    record MembershipViewJson(String groupe, String libelle, LocalDate dateOuverture, LocalDate dateCloture,
            String statut) {

        static MembershipViewJson of(MembershipView view) {
            return new MembershipViewJson(view.groupe(), view.libelle(), view.dateOuverture(), view.dateCloture(),
                    AfasLabels.statut(view.clos()));
        }
    }

    /** A grant (or a role nobody holds) as the JSON API answers it, with its start as shown. */
    record GrantLineJson(UUID id, String role, String codeRole, UUID utilisateur, String nomUtilisateur,
            String portee, String libellePortee, LocalDate debut, LocalDate fin, String debutAffiche, String etat,
            boolean enAttenteValidationCaf) {

        static GrantLineJson of(GrantLine line) {
            return new GrantLineJson(line.id(), line.role(), line.codeRole(), line.utilisateur(),
                    line.nomUtilisateur(), line.portee(), line.libellePortee(), line.debut(), line.fin(),
                    grantStart(line.debut(), line.enAttenteValidationCaf()), line.etat(),
                    line.enAttenteValidationCaf());
        }

        static List<GrantLineJson> of(List<GrantLine> lines) {
            return lines.stream().map(GrantLineJson::of).toList();
        }
    }

    /** The grants just made, as the JSON API answers them. */
    record GrantsMadeJson(String message, List<GrantLineJson> habilitations, boolean enAttenteValidationCaf) {

        static GrantsMadeJson of(GrantsMade made) {
            return new GrantsMadeJson(made.message(), GrantLineJson.of(made.habilitations()),
                    made.enAttenteValidationCaf());
        }
    }

    /** « Rechercher des habilitations » as the JSON API answers it. */
    record SearchResultJson(List<SectionJson> sections, String message, String note) {

        static SearchResultJson of(SearchResult result) {
            return new SearchResultJson(result.sections().stream().map(SectionJson::of).toList(), result.message(),
                    result.note());
        }
    }

    /** A section (an activity or a place) of the search's answer. */
    record SectionJson(String type, UUID id, String libelle, List<GrantLineJson> lignes) {

        static SectionJson of(Section section) {
            return new SectionJson(section.type(), section.id(), section.libelle(), GrantLineJson.of(section.lignes()));
        }
    }

    /** « Visualiser un utilisateur partenaire » as the JSON API answers it. */
    record UserDetailJson(UserViewJson utilisateur, boolean utilisateurActif, List<MembershipViewJson> appartenances,
            List<GrantLineJson> habilitations) {

        static UserDetailJson of(UserDetail detail) {
            return new UserDetailJson(UserViewJson.of(detail.utilisateur()), detail.utilisateurActif(),
                    detail.appartenances().stream().map(MembershipViewJson::of).toList(),
                    GrantLineJson.of(detail.habilitations()));
        }
    }
}
