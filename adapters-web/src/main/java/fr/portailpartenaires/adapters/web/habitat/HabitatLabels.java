package fr.portailpartenaires.adapters.web.habitat;

import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.CertificateView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.DecisionView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.FileView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.OrderRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the Habitat screens say of a file, made here from the codes the use cases answer: the état of its attestation
 * de visite (« Brouillon », « Transmise »…), for the pages and the JSON answers alike.
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

    /** A file as the JSON API answers it. */
    record FileJson(OrderRow commande, CertificateJson attestation, DecisionView decision) {

        static FileJson of(FileView file) {
            return new FileJson(file.commande(), CertificateJson.of(file.attestation()), file.decision());
        }
    }

    /** The attestation de visite as the JSON API answers it, with its état's label. */
    record CertificateJson(String etat, String libelleEtat, String beneficiaire, LocalDate dateVisite,
            String observations, List<String> travaux, String preconisations, String motif, String libelleMotif,
            String commentaire, Instant enregistreeLe, Instant transmiseLe) {

        static CertificateJson of(CertificateView view) {
            return view == null ? null : new CertificateJson(view.etat(), certificateState(view.etat()),
                    view.beneficiaire(), view.dateVisite(), view.observations(), view.travaux(), view.preconisations(),
                    view.motif(), view.libelleMotif(), view.commentaire(), view.enregistreeLe(), view.transmiseLe());
        }
    }
}
