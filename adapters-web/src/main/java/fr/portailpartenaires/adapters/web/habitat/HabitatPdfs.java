package fr.portailpartenaires.adapters.web.habitat;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.adapters.web.documents.PdfWriter;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Aide;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Av;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Eva;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.HabitatDocument;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Header;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The PDFs of a Habitat file (spec §4.3), laid out from what the use case answered: Eva (the Habitat part of the
 * evaluation file), the attestation de visite with its state printed (brouillon, transmise le…, sans suite), and
 * the notification de décision de l'aide Habitat.
 */
public final class HabitatPdfs {

    /** The zone the dates and times are printed in. */
    public static final ZoneId PARIS = BusinessTime.ZONE;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private HabitatPdfs() {
    }

    public static byte[] render(HabitatDocument document) {
        return switch (document) {
            case Eva eva -> eva(eva);
            case Av av -> av(av);
            case Aide aide -> aide(aide);
        };
    }

    private static byte[] eva(Eva eva) {
        PdfWriter pdf = PdfWriter.create("Dossier d'évaluation — partie Habitat")
                .title("Dossier d'évaluation des besoins — partie Habitat");
        header(pdf, eva.header());
        return pdf.heading("Grille AGGIR")
                .line("Date d'évaluation", day(eva.dateEvaluation()))
                .line("Groupe iso-ressources", eva.gir())
                .heading("Logement et cadre de vie")
                .paragraph(eva.logement())
                .toBytes();
    }

    private static byte[] av(Av av) {
        String state = switch (av.etat()) {
            case "Transmise" -> "Transmise à la caisse le " + time(av.envoyeeLe());
            case "Sans suite" -> "Sans suite — transmise à la caisse le " + time(av.envoyeeLe());
            default -> "Brouillon — non transmise à la caisse";
        };
        PdfWriter pdf = PdfWriter.create("Attestation de visite").title("Attestation de visite");
        pdf.line("État", state);
        header(pdf, av.header());
        if ("Sans suite".equals(av.etat())) {
            return pdf.heading("Attestation de visite sans suite")
                    .line("Motif", av.motif())
                    .line("Commentaire", av.commentaire())
                    .toBytes();
        }
        return pdf.heading("Visite d'évaluation des besoins en travaux d'amélioration du logement")
                .line("Date de visite", av.dateVisite())
                .heading("Observations")
                .paragraph(av.observations())
                .heading("Travaux préconisés")
                .paragraph(list(av.travaux()))
                .heading("Préconisations")
                .paragraph(av.preconisations())
                .toBytes();
    }

    private static byte[] aide(Aide aide) {
        PdfWriter pdf = PdfWriter.create("Notification de décision de l'aide Habitat")
                .title("Notification de décision de l'aide Habitat");
        header(pdf, aide.header());
        return pdf.heading("Décision")
                .line("Type de travaux financé", aide.typeDeTravaux())
                .line("Plafond de financement CNAV", aide.plafond())
                .line("Date d'effet de l'aide", day(aide.dateEffet()))
                .line("Durée de l'aide", aide.dureeMois() + " mois")
                .line("Modalités de paiement", aide.paiement())
                .toBytes();
    }

    private static void header(PdfWriter pdf, Header header) {
        pdf.line("Caisse", header.caisse())
                .line("Convention", header.convention())
                .line("Ergothérapeute", header.partenaire())
                .heading("Identité du demandeur")
                .line("Nom", header.nom())
                .line("Prénom", header.prenom())
                .line("NIR", header.nir())
                .line("Adresse", String.join("\n", header.adresse()))
                .line("Téléphone", header.telephone())
                .line("Ressources", header.ressources())
                .line("Date de commande", day(header.dateDeCommande()));
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? null : "• " + String.join("\n• ", items);
    }

    private static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(PARIS));
    }
}
