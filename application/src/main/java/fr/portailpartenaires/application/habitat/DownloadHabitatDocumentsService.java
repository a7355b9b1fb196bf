package fr.portailpartenaires.application.habitat;

import static fr.portailpartenaires.application.habitat.FileViews.addressLines;
import static fr.portailpartenaires.application.habitat.FileViews.labels;
import static fr.portailpartenaires.application.habitat.FileViews.text;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.habitat.DecisionNotification;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.habitat.VisitCertificate;
import fr.portailpartenaires.domain.habitat.VisitDate;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.shared.Refusal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The PDFs' content of a Habitat file (spec §4.3) for the ergothérapeute of the convention worked on, while the
 * documents are available (12 months after the file was sent to the caisse). Every download is audited and traced
 * in the exchange history, which name the order, never the NIR.
 */
public final class DownloadHabitatDocumentsService extends UseCaseBase<HabitatPorts>
        implements DownloadHabitatDocuments {

    static final Refusal DOCUMENTS_GONE = Refusal.of("document.expire");
    static final Refusal NO_CERTIFICATE = Refusal.of("document.attestation_absente");
    static final Refusal NO_DECISION = Refusal.of("document.aide_absente");

    public DownloadHabitatDocumentsService(UseCaseSupport support, HabitatPorts ports) {
        super(support.toMicroseconds(), ports);
    }

    @Override
    public Outcome<HabitatDocument> document(Principal principal, UUID orderId, Kind kind, String sourceAddress) {
        Objects.requireNonNull(kind, "kind");
        return ports.files().onFile(principal, orderId, (user, convention, stored, today) -> {
            InterventionFile file = stored.file();
            if (!file.documentsAvailable(support.clock())) {
                return Outcome.refused(Reason.GONE, DOCUMENTS_GONE);
            }
            Header header = header(convention, stored.order());
            String id = stored.order().id().toString();
            Optional<HabitatDocument> document = switch (kind) {
                case EVA -> Optional.of(eva(header, "eva-" + id + ".pdf", stored.order().evaluation()));
                case AV -> av(header, "attestation-visite-" + id + ".pdf", file.certificate());
                case AIDE -> file.decision().map(decision -> aide(header, "notification-aide-" + id + ".pdf", decision));
            };
            if (document.isEmpty()) {
                return Outcome.refused(Reason.NOT_FOUND, kind == Kind.AIDE ? NO_DECISION : NO_CERTIFICATE);
            }
            support.audit(ports.files().event(user, AuditAction.DOWNLOADED.code(), orderId, sourceAddress)
                    .withDetail("document", kind.name()));
            ports.exchanges().downloaded(convention, stored.order(), kind, support.now());
            return Outcome.done(document.get());
        });
    }

    private static Eva eva(Header header, String fileName, InterventionOrder.Evaluation evaluation) {
        return new Eva(header, fileName, evaluation.evaluatedOn(), evaluation.gir().label(),
                evaluation.housing().value());
    }

    private static Optional<HabitatDocument> av(Header header, String fileName, VisitCertificate certificate) {
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> Optional.empty();
            case VisitCertificate.Brouillon draft -> Optional.of(new Av(header, fileName, "Brouillon", null,
                    draft.visitDate().map(VisitDate::format).orElse(null), text(draft.content().observations()),
                    labels(draft.content().recommendedWorks()), text(draft.content().recommendations()), null, null));
            case VisitCertificate.Transmise sent -> Optional.of(new Av(header, fileName, "Transmise",
                    sent.transmittedAt(), sent.visitDate().format(), text(sent.content().observations()),
                    labels(sent.content().recommendedWorks()), text(sent.content().recommendations()), null, null));
            case VisitCertificate.SansSuite sansSuite -> Optional.of(new Av(header, fileName, "Sans suite",
                    sansSuite.declaredAt(), null, null, List.of(), null, sansSuite.motif().label(),
                    text(sansSuite.comment())));
        };
    }

    private static Aide aide(Header header, String fileName, DecisionNotification decision) {
        return new Aide(header, fileName, decision.financedWorkType().label(), decision.fundingCeiling().format(),
                decision.effectiveDate(), decision.durationMonths(), decision.paymentTerms().label());
    }

    private Header header(Convention convention, InterventionOrder order) {
        String partner = ports.partners().find(new PartnerId(convention.partnerId())).map(p -> p.name().value()).orElse("");
        var retiree = order.retiree();
        return new Header(convention.caisse().libelle(), convention.code().value(), partner, retiree.nom().value(),
                retiree.prenom().value(), retiree.nir().value(), addressLines(retiree.address()),
                retiree.phone().display(), retiree.ressources().name() + " (" + retiree.ressources().label() + ")",
                order.dateDeCommande());
    }
}
