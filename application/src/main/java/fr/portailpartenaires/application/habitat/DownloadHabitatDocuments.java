package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The PDFs of a Habitat file (spec §4.3) for the ergothérapeute of the selected convention: Eva (the Habitat part
 * of the evaluation file), AV (the visit certificate, with its state) and Aide (the decision). The use case decides
 * whether a document exists and is still available — 12 months after the file was sent to the caisse, then
 * {@code GONE} — and answers what the document says; the adapter lays it out.
 */
@UseCase
public interface DownloadHabitatDocuments {

    enum Kind { EVA, AV, AIDE }

    Outcome<HabitatDocument> document(Principal partnerUser, UUID orderId, Kind kind, String sourceAddress);

    /** What every document of the file repeats: who, and under which convention. */
    record Header(String caisse, String convention, String partenaire, String nom, String prenom, String nir,
            List<String> adresse, String telephone, String ressources, LocalDate dateDeCommande) {
    }

    /** A document's content. */
    sealed interface HabitatDocument {
        Header header();

        /** A file name without personal data, e.g. {@code attestation-visite-<order id>.pdf}. */
        String fileName();
    }

    record Eva(Header header, String fileName, LocalDate dateEvaluation, String gir, String logement)
            implements HabitatDocument {
    }

    /**
     * @param etat       "Brouillon", "Transmise" or "Sans suite": printed on the document
     * @param envoyeeLe  the date de transmission, or when the sans suite was sent; null for a draft
     */
    record Av(Header header, String fileName, String etat, Instant envoyeeLe, String dateVisite, String observations,
            List<String> travaux, String preconisations, String motif, String commentaire) implements HabitatDocument {
    }

    record Aide(Header header, String fileName, String typeDeTravaux, String plafond, LocalDate dateEffet,
            int dureeMois, String paiement) implements HabitatDocument {
    }
}
