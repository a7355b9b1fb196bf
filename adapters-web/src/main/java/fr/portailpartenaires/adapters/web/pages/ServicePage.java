package fr.portailpartenaires.adapters.web.pages;

/**
 * A page of « Les services » that a connected user sees only when their rights and conventions open it (spec §10.1:
 * the menus follow rights). The landing page {@code /services} lists, in each of its sections, the ones the visitor
 * has ({@link Page#servicesIn}); {@link Pages.Visitor#services()} says which.
 *
 * @param section the anchor of the landing page's section the link is shown in
 */
public enum ServicePage {
    /** « Bordereaux de paiements » of the convention worked on (spec §5.2). */
    PAYMENT_SLIPS("/services/bordereaux", "Bordereaux de paiements", "paiements"),
    /** « Historique des échanges » of the partner (spec §5.3). */
    EXCHANGE_HISTORY("/services/historique-echanges", "Historique des échanges", "paiements");

    private final String path;
    private final String label;
    private final String section;

    ServicePage(String path, String label, String section) {
        this.path = path;
        this.label = label;
        this.section = section;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public String section() {
        return section;
    }
}
