package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The ergothérapeute's Habitat service (spec §4.1, §4.2), scoped to the convention selected in the session, which
 * must be a validated convention of a Prestataire Ergothérapeute: the list of the intervention orders, and the visit
 * certificate of each (create, save, modify, delete a draft, transmit, declare sans suite). An order of another
 * convention does not exist for them. After transmission or sans suite every change is a typed refusal that changes
 * nothing.
 */
@UseCase
public interface WorkOnHabitatFiles {

    /** Default and maximum number of rows of a page. */
    int DEFAULT_PAGE = 20;
    int MAX_PAGE = 100;

    /**
     * One page of the list ("Commandes des interventions"), keyset-paginated: pass the previous page's
     * {@link OrderPage#curseurSuivant()} as {@link ListRequest#curseur()} with the same filter and sort.
     */
    Outcome<OrderPage> list(Principal partnerUser, ListRequest request);

    /** One file: the order, the certificate (pre-filled when there is none yet) and the decision. */
    Outcome<FileView> file(Principal partnerUser, UUID orderId);

    /** "Créer Att. Visite" then "Sauvegarder": a draft (the date may still be empty). */
    Outcome<FileView> createCertificate(Principal partnerUser, UUID orderId, CertificateForm form,
            String sourceAddress);

    /** "Modifier Att. Visite" then "Sauvegarder": replaces the draft's date and content. */
    Outcome<FileView> modifyCertificate(Principal partnerUser, UUID orderId, CertificateForm form,
            String sourceAddress);

    /** Deletes a draft: the visit is to do again. */
    Outcome<FileView> deleteCertificate(Principal partnerUser, UUID orderId, String sourceAddress);

    /** "Transmettre Att. Visite": the saved draft is sent to the caisse; the date de transmission is recorded. */
    Outcome<FileView> transmit(Principal partnerUser, UUID orderId, String sourceAddress);

    /** "Att. Visite sans suite": a motif and an optional comment (no €) are sent to the caisse; the file is closed. */
    Outcome<FileView> declareSansSuite(Principal partnerUser, UUID orderId, SansSuiteForm form, String sourceAddress);

    /**
     * The list's question; every field may be empty.
     *
     * @param filtre  {@code VISITE_A_FAIRE}, {@code RELANCE}, {@code CLOS}; empty: the open files
     * @param tri     {@code NIR}, {@code DATE_DE_COMMANDE} (default), {@code RELANCE}
     * @param ordre   {@code ASC} (default) or {@code DESC}
     * @param nir     an exact NIR, 13 or 15 characters
     * @param curseur the previous page's {@code curseurSuivant}
     * @param limite  rows per page, 1 to {@link #MAX_PAGE}
     */
    record ListRequest(String filtre, String tri, String ordre, String nir, String curseur, Integer limite) {
        public static ListRequest firstPage() {
            return new ListRequest(null, null, null, null, null, null);
        }
    }

    /** @param curseurSuivant the cursor of the next page; null on the last page */
    record OrderPage(List<OrderRow> commandes, String curseurSuivant) {
    }

    /**
     * A row of the list.
     *
     * @param attestation     {@code AUCUNE}, {@code BROUILLON}, {@code TRANSMISE} or {@code SANS_SUITE}
     * @param transmiseLe     the date de transmission (shown on hover), or when the sans suite was sent
     * @param documents       which PDFs can be downloaded now ({@code EVA}, {@code AV}, {@code AIDE})
     * @param actions         what may be done ({@code CREER}, {@code MODIFIER}, {@code SUPPRIMER},
     *                        {@code TRANSMETTRE}, {@code SANS_SUITE})
     */
    record OrderRow(UUID id, String nom, String prenom, String nir, List<String> adresse, String telephone,
            String ressources, LocalDate dateDeCommande, Contact contact, String attestation, Instant transmiseLe,
            boolean relance, boolean clos, List<String> documents, List<String> actions) {
    }

    /** The prestataire habitat in charge. */
    record Contact(String nom, String coordonnees) {
    }

    /**
     * A file in full.
     *
     * @param attestation the certificate: pre-filled with the retiree's data, empty fields when there is none yet
     * @param decision    the caisse's decision, null until it is loaded
     */
    record FileView(OrderRow commande, CertificateView attestation, DecisionView decision) {
    }

    /**
     * The visit certificate as the form shows it.
     *
     * @param etat        {@code AUCUNE}, {@code BROUILLON}, {@code TRANSMISE} or {@code SANS_SUITE} (the adapters name it)
     * @param dateVisite  the day of the visit, null when not entered
     * @param travaux     the recommended work type codes
     * @param motif       the sans suite motif's code ({@code DEMENAGEMENT}…), null otherwise (the adapters name it)
     */
    record CertificateView(String etat, String beneficiaire, LocalDate dateVisite,
            String observations, List<String> travaux, String preconisations, String motif,
            String commentaire, Instant enregistreeLe, Instant transmiseLe) {
    }

    /**
     * The decision notification: the codes of the work type and of the payment terms (the adapters name them), the
     * ceiling formatted in euros.
     */
    record DecisionView(String typeDeTravaux, long plafondCentimes, String plafond, LocalDate dateEffet,
            int dureeMois, String paiement) {
    }

    /**
     * The certificate form.
     *
     * @param dateVisite the day of the visit; may be null in a draft
     * @param travaux    recommended work type codes ({@code SALLE_DE_BAIN}, {@code WC}…)
     */
    record CertificateForm(
            LocalDate dateVisite,
            String observations,
            @Size(max = 20, message = "Trop de types de travaux.")
            List<String> travaux,
            String preconisations) {
    }

    /** @param motif a motif code ({@code REFUS_DU_BENEFICIAIRE}, {@code BENEFICIAIRE_INJOIGNABLE}…) */
    record SansSuiteForm(
            @Size(max = 40, message = "Ce motif est inconnu.")
            String motif,
            String commentaire) {
    }
}
