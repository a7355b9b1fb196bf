package fr.portailpartenaires.adapters.web.habitat;

import fr.portailpartenaires.adapters.web.AddressJson;
import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.application.habitat.ManageHabitatOrders;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles;
import java.util.List;

/**
 * The JSON bodies of the Habitat routes, with the forms' French field names; their dates are ISO ({@code AAAA-MM-JJ}),
 * read strictly by {@link JsonFields#date}.
 */
final class HabitatJson {

    private HabitatJson() {
    }

    /** The body of {@code POST /api/habitat/commandes/recherche}: the list's filter, sort, NIR and page. */
    record ListRequestJson(String filtre, String tri, String ordre, String nir, String curseur, Integer limite)
            implements JsonBody<WorkOnHabitatFiles.ListRequest> {

        @Override
        public WorkOnHabitatFiles.ListRequest command(JsonFields fields) {
            return new WorkOnHabitatFiles.ListRequest(filtre, tri, ordre, nir, curseur, limite);
        }
    }

    /** The body of the attestation de visite (a draft may lack its date). */
    record CertificateJson(String dateVisite, String observations, List<String> travaux, String preconisations)
            implements JsonBody<WorkOnHabitatFiles.CertificateForm> {

        @Override
        public WorkOnHabitatFiles.CertificateForm command(JsonFields fields) {
            return new WorkOnHabitatFiles.CertificateForm(
                    fields.date("dateVisite", dateVisite, "La date de visite"), observations, travaux,
                    preconisations);
        }
    }

    /** The body of « Déclarer sans suite ». */
    record SansSuiteJson(String motif, String commentaire) implements JsonBody<WorkOnHabitatFiles.SansSuiteForm> {

        @Override
        public WorkOnHabitatFiles.SansSuiteForm command(JsonFields fields) {
            return new WorkOnHabitatFiles.SansSuiteForm(motif, commentaire);
        }
    }

    /** The body of the caisse's commande d'intervention. */
    record OrderJson(String convention, String nom, String prenom, String nir, AddressJson adresse, String telephone,
            String ressources, String dateDeCommande, ProviderJson prestataireHabitat, EvaluationJson evaluation)
            implements JsonBody<ManageHabitatOrders.OrderForm> {

        @Override
        public ManageHabitatOrders.OrderForm command(JsonFields fields) {
            return new ManageHabitatOrders.OrderForm(convention, nom, prenom, nir, AddressJson.of(adresse, fields),
                    telephone, ressources, fields.date("dateDeCommande", dateDeCommande, "La date de commande"),
                    prestataireHabitat == null ? null
                            : new ManageHabitatOrders.ProviderForm(prestataireHabitat.nom(),
                                    prestataireHabitat.coordonnees()),
                    evaluation == null ? null : new ManageHabitatOrders.EvaluationForm(
                            fields.date("evaluation.dateEvaluation", evaluation.dateEvaluation(),
                                    "La date d'évaluation"),
                            evaluation.gir(), evaluation.logement()));
        }
    }

    /** The prestataire habitat of an order. */
    record ProviderJson(String nom, String coordonnees) {
    }

    /** The Habitat part of the evaluation file. */
    record EvaluationJson(String dateEvaluation, Integer gir, String logement) {
    }

    /** The body of the notification de décision. */
    record DecisionJson(String typeDeTravaux, String plafond, String dateEffet, Integer dureeMois, String paiement)
            implements JsonBody<ManageHabitatOrders.DecisionForm> {

        @Override
        public ManageHabitatOrders.DecisionForm command(JsonFields fields) {
            return new ManageHabitatOrders.DecisionForm(typeDeTravaux, plafond,
                    fields.date("dateEffet", dateEffet, "La date d'effet"), dureeMois, paiement);
        }
    }
}
