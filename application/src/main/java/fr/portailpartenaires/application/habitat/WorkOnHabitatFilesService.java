package fr.portailpartenaires.application.habitat;

import static fr.portailpartenaires.application.habitat.HabitatForms.code;
import static fr.portailpartenaires.application.habitat.HabitatForms.shortened;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.habitat.SansSuiteMotif;
import fr.portailpartenaires.domain.habitat.TransmissionRecorded;
import fr.portailpartenaires.domain.habitat.VisitCertificate;
import fr.portailpartenaires.domain.habitat.VisitContent;
import fr.portailpartenaires.domain.habitat.VisitDate;
import fr.portailpartenaires.domain.habitat.WorkType;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ergothérapeute's files (spec §4.1, §4.2) on the convention they work on: the keyset-paginated list, a file,
 * and the visit certificate's lifecycle, which the domain's {@link InterventionFile} decides. A transmission opens
 * the certificate's invoice line (spec §5.1) and is traced in the exchange history, in its transaction.
 */
public final class WorkOnHabitatFilesService extends UseCaseBase<HabitatPorts>
        implements WorkOnHabitatFiles {

    static final String CERTIFICATE_SAVED = "VISIT_CERTIFICATE_SAVED";
    static final String CERTIFICATE_DELETED = "VISIT_CERTIFICATE_DELETED";
    static final String SANS_SUITE = "VISIT_CERTIFICATE_SANS_SUITE";

    /** The frame of every use case here, from the ports. */
    private final ErgotherapeuteFiles files;

    public WorkOnHabitatFilesService(UseCaseSupport support, HabitatPorts ports) {
        super(support.toMicroseconds(), ports);
        this.files = ports.files();
    }

    @Override
    public Outcome<OrderPage> list(Principal principal, ListRequest request) {
        return files.asErgotherapeute(principal, (user, convention) -> ports.pages().page(convention.id(), request));
    }

    @Override
    public Outcome<FileView> file(Principal principal, UUID orderId) {
        return files.onFile(principal, orderId, (user, convention, stored, today) ->
                Outcome.done(ports.views().fileView(stored.order(), stored.file(), today)));
    }

    @Override
    public Outcome<FileView> createCertificate(Principal principal, UUID orderId, CertificateForm form,
            String sourceAddress) {
        return saveCertificate(principal, orderId, form, sourceAddress, "CREATED", InterventionFile::createDraft);
    }

    @Override
    public Outcome<FileView> modifyCertificate(Principal principal, UUID orderId, CertificateForm form,
            String sourceAddress) {
        return saveCertificate(principal, orderId, form, sourceAddress, "MODIFIED", InterventionFile::modifyDraft);
    }

    /** How a draft is saved: created on a file without certificate, or modified. */
    @FunctionalInterface
    private interface Save {
        Result<InterventionFile> apply(InterventionFile file, Optional<VisitDate> date, VisitContent content,
                Clock clock);
    }

    private Outcome<FileView> saveCertificate(Principal principal, UUID orderId, CertificateForm form,
            String sourceAddress, String how, Save save) {
        return files.onFile(principal, orderId, (user, convention, stored, today) -> {
            // whether the certificate's state allows this at all, before reading the form
            if (save.apply(stored.file(), Optional.empty(), VisitContent.EMPTY, support.clock())
                    instanceof Result.Refused<InterventionFile> refused) {
                return Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
            }
            return support.validate(form).flatMap(errors -> {
                Optional<VisitDate> date = Optional.ofNullable(form.dateVisite()).map(VisitDate::new);
                List<WorkType> works = new ArrayList<>();
                for (String raw : form.travaux() == null ? List.<String>of() : form.travaux()) {
                    errors.parse("travaux", raw, code -> code(code, WorkType.class, "travaux.inconnu",
                            shortened(code))).ifPresent(works::add);
                }
                Optional<VisitContent> content = Optional.empty();
                switch (VisitContent.parse(form.observations(), works, form.preconisations())) {
                    case Result.Ok<VisitContent> ok -> content = Optional.of(ok.value());
                    case Result.Refused<VisitContent> refused -> errors.add(
                            refused.refusal().code().startsWith("attestation.observations") ? "observations"
                                    : "preconisations", refused.refusal());
                }
                if (!errors.isEmpty() || content.isEmpty()) {
                    return errors.toOutcome();
                }
                return switch (save.apply(stored.file(), date, content.get(), support.clock())) {
                    case Result.Refused<InterventionFile> refused
                            when refused.refusal().code().startsWith("date_visite.") ->
                            new Outcome.Invalid<>(Map.of("dateVisite", List.of(refused.refusal().message())));
                    case Result.Refused<InterventionFile> refused ->
                            Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
                    case Result.Ok<InterventionFile> ok -> files.store(stored, ok.value(), today,
                            files.event(user, CERTIFICATE_SAVED, orderId, sourceAddress).withDetail("operation", how));
                };
            });
        });
    }

    @Override
    public Outcome<FileView> deleteCertificate(Principal principal, UUID orderId, String sourceAddress) {
        return files.onFile(principal, orderId, (user, convention, stored, today) -> files.transition(stored, today,
                stored.file().deleteDraft(), files.event(user, CERTIFICATE_DELETED, orderId, sourceAddress)));
    }

    @Override
    public Outcome<FileView> transmit(Principal principal, UUID orderId, String sourceAddress) {
        return files.onFile(principal, orderId, (user, convention, stored, today) ->
                switch (stored.file().transmit(support.clock())) {
                    case Result.Refused<TransmissionRecorded> refused ->
                            Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
                    case Result.Ok<TransmissionRecorded> ok -> {
                        Outcome<FileView> done = files.store(stored, ok.value().file(), today,
                                files.event(user, AuditAction.TRANSMITTED.code(), orderId, sourceAddress)
                                        .withDetail("document", "ATTESTATION_DE_VISITE"));
                        if (done instanceof Outcome.Done<FileView>) {
                            onTransmitted(convention, stored.order(), ok.value());
                        }
                        yield done;
                    }
                });
    }

    /**
     * Where a transmission reaches the rest of the portal, in the use case's transaction: the invoice line of the
     * certificate (spec §5.1) and the exchange-history entry (spec §5.3).
     */
    private void onTransmitted(Convention convention, InterventionOrder order, TransmissionRecorded transmission) {
        Instant transmittedAt = ((VisitCertificate.Transmise) transmission.file().certificate()).transmittedAt();
        ports.invoiceLines().open(convention.id(), order.id().toString(),
                order.retiree().nom().value() + " " + order.retiree().prenom().value(), order.retiree().nir(),
                transmittedAt);
        ports.exchanges().transmitted(convention, order, transmittedAt);
    }

    @Override
    public Outcome<FileView> declareSansSuite(Principal principal, UUID orderId, SansSuiteForm form,
            String sourceAddress) {
        return files.onFile(principal, orderId, (user, convention, stored, today) -> {
            // whether the certificate's state allows it at all, before reading the form
            if (stored.file().declareSansSuite(SansSuiteMotif.AUTRE, Optional.empty(), support.clock())
                    instanceof Result.Refused<InterventionFile> refused) {
                return Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
            }
            return support.validate(form).flatMap(errors -> {
                Optional<SansSuiteMotif> motif = errors.parse("motif", form.motif(), raw -> raw == null || raw.isBlank()
                        ? Result.refused("sans_suite.motif_obligatoire")
                        : code(raw, SansSuiteMotif.class, "motif.inconnu"));
                Optional<Optional<FreeText>> comment = errors.has("commentaire") ? Optional.empty()
                        : errors.parse("commentaire", form.commentaire(), VisitCertificate.SansSuite::parseComment);
                if (!errors.isEmpty() || motif.isEmpty() || comment.isEmpty()) {
                    return errors.toOutcome();
                }
                return files.transition(stored, today, stored.file().declareSansSuite(motif.get(), comment.get(), support.clock()),
                        files.event(user, SANS_SUITE, orderId, sourceAddress).withDetail("motif", motif.get().name()));
            });
        });
    }
}
