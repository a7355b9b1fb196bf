package fr.portailpartenaires.domain.exchange;

/** L'interface applicative: the kind of service an exchange was made with (spec §5.3). */
public enum ExchangeInterface {
    /** Loads and downloads of payment slips: the only entries ergothérapeutes see. */
    BORDEREAU_PAIEMENT("Bordereaux de paiement"),
    /** Visit certificates transmitted or downloaded (Habitat). */
    ATTESTATION_VISITE("Attestations de visite"),
    /** Intervention orders received or downloaded (Habitat). */
    ORDRE_INTERVENTION("Ordres d'intervention");

    private final String label;

    ExchangeInterface(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
