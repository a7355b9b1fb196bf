package fr.portailpartenaires.adapters.web.habitat;

import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.CertificateView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.DecisionView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.FileView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.OrderRow;
import fr.portailpartenaires.domain.habitat.PaymentTerms;
import fr.portailpartenaires.domain.habitat.SansSuiteMotif;
import fr.portailpartenaires.domain.habitat.WorkType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the Habitat screens say of a file, made here from the codes the use cases answer: the état of its attestation
 * de visite (« Brouillon », « Transmise »…), the motif of a sans suite, the work type and the payment terms of a
 * decision (named by the domain's enums, as the forms and the PDFs name them), for the pages and the JSON answers
 * alike.
 */
public final class HabitatLabels {

    private HabitatLabels() {
    }

    /** The attestation's état as people read it, from its code. */
    public static String certificateState(String etat) {
        return switch (etat) {
            case "AUCUNE" -> "À créer";
            case "BROUILLON" -> "Brouillon";
            case "TRANSMISE" -> "Transmise";
            case "SANS_SUITE" -> "Sans suite";
            default -> throw new IllegalArgumentException("Unknown certificate state " + etat);
        };
    }

    /** The label of a sans suite motif ({@code DEMENAGEMENT}: « Déménagement »); none for no motif. */
    public static String motif(String code) {
        return code == null ? null : SansSuiteMotif.valueOf(code).label();
    }

    /** The label of a work type ({@code WC}: « WC »). */
    public static String workType(String code) {
        return WorkType.valueOf(code).label();
    }

    /** The label of the payment terms ({@code AVEC_SUBROGATION}: « Avec subrogation »). */
    public static String paymentTerms(String code) {
        return PaymentTerms.valueOf(code).label();
    }

    /** A file as the JSON API answers it. */
    record FileJson(OrderRow commande, CertificateJson attestation, DecisionJson decision) {

        static FileJson of(FileView file) {
            return new FileJson(file.commande(), CertificateJson.of(file.attestation()),
                    DecisionJson.of(file.decision()));
        }
    }

    /** The decision notification as the JSON API answers it, with the labels of its codes. */
    record DecisionJson(String typeDeTravaux, String libelleTypeDeTravaux, long plafondCentimes, String plafond,
            LocalDate dateEffet, int dureeMois, String paiement, String libellePaiement) {

        static DecisionJson of(DecisionView view) {
            return view == null ? null : new DecisionJson(view.typeDeTravaux(), workType(view.typeDeTravaux()),
                    view.plafondCentimes(), view.plafond(), view.dateEffet(), view.dureeMois(), view.paiement(),
                    paymentTerms(view.paiement()));
        }
    }

    /** The attestation de visite as the JSON API answers it, with the labels of its état and its motif. */
    record CertificateJson(String etat, String libelleEtat, String beneficiaire, LocalDate dateVisite,
            String observations, List<String> travaux, String preconisations, String motif, String libelleMotif,
            String commentaire, Instant enregistreeLe, Instant transmiseLe) {

        static CertificateJson of(CertificateView view) {
            return view == null ? null : new CertificateJson(view.etat(), certificateState(view.etat()),
                    view.beneficiaire(), view.dateVisite(), view.observations(), view.travaux(), view.preconisations(),
                    view.motif(), HabitatLabels.motif(view.motif()), view.commentaire(), view.enregistreeLe(),
                    view.transmiseLe());
        }
    }
}
