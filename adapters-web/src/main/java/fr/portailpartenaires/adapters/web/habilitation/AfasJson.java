package fr.portailpartenaires.adapters.web.habilitation;

import fr.portailpartenaires.adapters.web.AddressJson;
import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventions;
import fr.portailpartenaires.application.habilitation.GrantAfasRoles;
import fr.portailpartenaires.application.habilitation.ManageAfasMemberships;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers;
import fr.portailpartenaires.application.habilitation.ValidateAfasApprovers;
import java.util.List;

/** The JSON bodies of the AFAS routes, with the forms' French field names; every date is ISO ({@code AAAA-MM-JJ}). */
final class AfasJson {

    private AfasJson() {
    }

    /** « Formaliser une convention » (the CAF). */
    record NewConventionJson(String libelle, String cafPivot, String dateOuverture, String dateCloture,
            String prefixeIdentifiant, String premierSuffixe, PartnerJson partenaire, UserJson administrateur,
            List<ActivityJson> activites) implements JsonBody<AdministerAfasConventions.NewConventionForm> {

        @Override
        public AdministerAfasConventions.NewConventionForm command(JsonFields fields) {
            return new AdministerAfasConventions.NewConventionForm(libelle, cafPivot,
                    fields.date("dateOuverture", dateOuverture, "La date d'ouverture"),
                    fields.date("dateCloture", dateCloture, "La date de clôture"), prefixeIdentifiant,
                    premierSuffixe,
                    partenaire == null ? null : new AdministerAfasConventions.PartnerForm(partenaire.nom(),
                            partenaire.telephone(), AddressJson.of(partenaire.adresse(), fields)),
                    administrateur == null ? null : administrateur.form(fields, "administrateur."),
                    activites == null ? null : activites.stream().map(activity -> activity == null ? null
                            : new AdministerAfasConventions.ActivityForm(activity.libelle(), activity.type(),
                                    activity.nature(), activity.lieux())).toList());
        }
    }

    /** The partner of a new convention. */
    record PartnerJson(String nom, String telephone, AddressJson adresse) {
    }

    /** An activity of a new convention, with its places' libellés. */
    record ActivityJson(String libelle, String type, String nature, List<String> lieux) {
    }

    /** The groups' opening date. */
    record GroupsJson(String dateOuverture) implements JsonBody<AdministerAfasConventions.GroupsForm> {

        @Override
        public AdministerAfasConventions.GroupsForm command(JsonFields fields) {
            return new AdministerAfasConventions.GroupsForm(
                    fields.date("dateOuverture", dateOuverture, "La date d'ouverture"));
        }
    }

    /** The declaration deadline given when validating an approver. */
    record ApproverValidationJson(String dateEcheance)
            implements JsonBody<ValidateAfasApprovers.ApproverValidationForm> {

        @Override
        public ValidateAfasApprovers.ApproverValidationForm command(JsonFields fields) {
            return new ValidateAfasApprovers.ApproverValidationForm(
                    fields.date("dateEcheance", dateEcheance, "La date d'échéance de déclaration"));
        }
    }

    /** A user of an AFAS convention, created or modified (and a new convention's administrator). */
    record UserJson(String nom, String prenom, String email, String confirmationEmail, String telephone,
            String confirmationTelephone, String poste, String dateOuverture, String dateCloture)
            implements JsonBody<ManageAfasUsers.NewUserForm> {

        @Override
        public ManageAfasUsers.NewUserForm command(JsonFields fields) {
            return form(fields, "");
        }

        ManageAfasUsers.NewUserForm form(JsonFields fields, String path) {
            return new ManageAfasUsers.NewUserForm(nom, prenom, email, confirmationEmail, telephone,
                    confirmationTelephone, poste,
                    fields.date(path + "dateOuverture", dateOuverture, "La date d'ouverture"),
                    fields.date(path + "dateCloture", dateCloture, "La date de clôture"));
        }
    }

    /** The closing date of a user. */
    record UserClosingJson(String dateCloture) implements JsonBody<ManageAfasUsers.UserClosingForm> {

        @Override
        public ManageAfasUsers.UserClosingForm command(JsonFields fields) {
            return new ManageAfasUsers.UserClosingForm(fields.date("dateCloture", dateCloture, "La date de clôture"));
        }
    }

    /** A user's membership of a group, from a date, maybe to another. */
    record MembershipJson(String utilisateur, String groupe, String dateOuverture, String dateCloture)
            implements JsonBody<ManageAfasMemberships.MembershipForm> {

        @Override
        public ManageAfasMemberships.MembershipForm command(JsonFields fields) {
            return new ManageAfasMemberships.MembershipForm(utilisateur, groupe,
                    fields.date("dateOuverture", dateOuverture, "La date d'ouverture"),
                    fields.date("dateCloture", dateCloture, "La date de clôture"));
        }
    }

    /** The end of a user's membership of a group. */
    record MembershipClosingJson(String utilisateur, String groupe, String dateCloture)
            implements JsonBody<ManageAfasMemberships.MembershipClosingForm> {

        @Override
        public ManageAfasMemberships.MembershipClosingForm command(JsonFields fields) {
            return new ManageAfasMemberships.MembershipClosingForm(utilisateur, groupe,
                    fields.date("dateCloture", dateCloture, "La date de clôture"));
        }
    }

    /** A grant of a role on activities or places. */
    record GrantJson(String utilisateur, String role, String aPartirDu, String jusquAu, String portee,
            List<String> activites, List<String> lieux, boolean toutesLesActivites, boolean tousLesLieux,
            List<String> lieuxDesActivites) implements JsonBody<GrantAfasRoles.GrantForm> {

        @Override
        public GrantAfasRoles.GrantForm command(JsonFields fields) {
            return new GrantAfasRoles.GrantForm(utilisateur, role,
                    fields.date("aPartirDu", aPartirDu, "La date de début (à partir du)"),
                    fields.date("jusquAu", jusquAu, "La date de fin (jusqu'au)"), portee, activites, lieux,
                    toutesLesActivites, tousLesLieux, lieuxDesActivites);
        }
    }

    /** The end of a grant. */
    record GrantEndJson(String dateFin) implements JsonBody<GrantAfasRoles.GrantEndForm> {

        @Override
        public GrantAfasRoles.GrantEndForm command(JsonFields fields) {
            return new GrantAfasRoles.GrantEndForm(fields.date("dateFin", dateFin, "La date de fin"));
        }
    }
}
