package fr.portailpartenaires.adapters.web.pages;

/**
 * A page of « Les services » that a connected user sees only when their rights and conventions open it (spec §10.1:
 * the menus follow rights). The landing page {@code /services} (the menu « Les services » without JavaScript) lists
 * under « Vos services » the ones {@link Pages.Visitor#services()} holds, in this order ({@link Page#openServices()}).
 * A new service page adds its constant here and is given to the visitors it is open to (bootstrap's
 * {@code Portal.visitor}).
 */
public enum ServicePage {
    /** « Commandes des interventions » of the Habitat service, for the ergothérapeutes (Habitat manual §3). */
    HABITAT_ORDERS("/services/habitat/commandes", "Commandes des interventions (Habitat / Ergothérapeute)"),
    /** « Bordereaux de paiements » of the convention worked on (spec §5.2). */
    PAYMENT_SLIPS("/services/bordereaux", "Bordereaux de paiements"),
    /** « Historique des échanges » of the partner (spec §5.3). */
    EXCHANGE_HISTORY("/services/historique-echanges", "Historique des échanges");

    private final String path;
    private final String label;

    ServicePage(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }
}
