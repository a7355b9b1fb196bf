package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Kind;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.CertificateView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.Contact;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.DecisionView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.FileView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.OrderRow;
import fr.portailpartenaires.domain.habitat.DecisionNotification;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.habitat.VisitCertificate;
import fr.portailpartenaires.domain.habitat.VisitDate;
import fr.portailpartenaires.domain.habitat.WorkType;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.PostalAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A file as the Habitat use cases answer it: the list's row, the certificate, the decision, codes and labels. */
final class FileViews {

    private final Clock clock;

    FileViews(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    FileView fileView(InterventionOrder order, InterventionFile file, LocalDate today) {
        return new FileView(row(order, file, today), certificateView(order, file.certificate()),
                file.decision().map(FileViews::decisionView).orElse(null));
    }

    OrderRow row(InterventionOrder order, InterventionFile file, LocalDate today) {
        var retiree = order.retiree();
        Clock onToday = Clock.fixed(clock.instant(), clock.getZone());
        List<String> documents = new ArrayList<>();
        if (file.documentsAvailable(onToday)) {
            documents.add(Kind.EVA.name());
            if (!(file.certificate() instanceof VisitCertificate.Aucune)) {
                documents.add(Kind.AV.name());
            }
            if (file.decision().isPresent()) {
                documents.add(Kind.AIDE.name());
            }
        }
        return new OrderRow(order.id(), retiree.nom().value(), retiree.prenom().value(), retiree.nir().value(),
                addressLines(retiree.address()), retiree.phone().display(), retiree.ressources().name(),
                order.dateDeCommande(), new Contact(order.provider().name().value(),
                        order.provider().coordinates().value()), state(file.certificate()),
                sentAt(file.certificate()), file.isEnRelance(onToday), file.isClos(), List.copyOf(documents),
                actions(file.certificate()));
    }

    private static CertificateView certificateView(InterventionOrder order, VisitCertificate certificate) {
        String beneficiary = order.retiree().prenom().value() + " " + order.retiree().nom().value();
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> new CertificateView("AUCUNE", beneficiary, null, null,
                    List.of(), null, null, null, null, null);
            case VisitCertificate.Brouillon draft -> new CertificateView("BROUILLON", beneficiary,
                    draft.visitDate().map(VisitDate::value).orElse(null), text(draft.content().observations()),
                    codes(draft.content().recommendedWorks()), text(draft.content().recommendations()), null,
                    null, draft.lastSavedAt(), null);
            case VisitCertificate.Transmise sent -> new CertificateView("TRANSMISE", beneficiary,
                    sent.visitDate().value(), text(sent.content().observations()),
                    codes(sent.content().recommendedWorks()), text(sent.content().recommendations()), null,
                    null, null, sent.transmittedAt());
            case VisitCertificate.SansSuite sansSuite -> new CertificateView("SANS_SUITE", beneficiary,
                    null, null, List.of(), null, sansSuite.motif().name(),
                    text(sansSuite.comment()), null, sansSuite.declaredAt());
        };
    }

    private static DecisionView decisionView(DecisionNotification decision) {
        return new DecisionView(decision.financedWorkType().name(), decision.fundingCeiling().cents(),
                decision.fundingCeiling().format(), decision.effectiveDate(), decision.durationMonths(),
                decision.paymentTerms().name());
    }

    static String state(VisitCertificate certificate) {
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> "AUCUNE";
            case VisitCertificate.Brouillon ignored -> "BROUILLON";
            case VisitCertificate.Transmise ignored -> "TRANSMISE";
            case VisitCertificate.SansSuite ignored -> "SANS_SUITE";
        };
    }

    private static List<String> actions(VisitCertificate certificate) {
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> List.of("CREER", "SANS_SUITE");
            case VisitCertificate.Brouillon ignored -> List.of("MODIFIER", "SUPPRIMER", "TRANSMETTRE", "SANS_SUITE");
            case VisitCertificate.Transmise ignored -> List.of();
            case VisitCertificate.SansSuite ignored -> List.of();
        };
    }

    private static Instant sentAt(VisitCertificate certificate) {
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> null;
            case VisitCertificate.Brouillon ignored -> null;
            case VisitCertificate.Transmise sent -> sent.transmittedAt();
            case VisitCertificate.SansSuite sansSuite -> sansSuite.declaredAt();
        };
    }

    /** Whether the file's certificate was sent to the caisse: transmitted, or sans suite. */
    static boolean isSent(InterventionFile file) {
        return sentAt(file.certificate()) != null;
    }

    /** The address without its first line, the recipient: the retiree's name is shown in its own columns. */
    static List<String> addressLines(PostalAddress address) {
        List<String> lines = address.lines();
        return lines.size() > 1 ? List.copyOf(lines.subList(1, lines.size())) : lines;
    }

    static String text(Optional<FreeText> text) {
        return text.map(FreeText::value).orElse(null);
    }

    private static List<String> codes(List<WorkType> works) {
        return works.stream().map(WorkType::name).toList();
    }

    static List<String> labels(List<WorkType> works) {
        return works.stream().map(WorkType::label).toList();
    }
}
