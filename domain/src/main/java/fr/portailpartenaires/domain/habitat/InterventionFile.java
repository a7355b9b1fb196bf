package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.habitat.VisitCertificate.Aucune;
import fr.portailpartenaires.domain.habitat.VisitCertificate.Brouillon;
import fr.portailpartenaires.domain.habitat.VisitCertificate.SansSuite;
import fr.portailpartenaires.domain.habitat.VisitCertificate.Transmise;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The file (dossier) of one intervention order: the order's identity and date de commande, its
 * {@link VisitCertificate} and, once the certificate is transmitted, the caisse's
 * {@link DecisionNotification}. Every operation delegates to the certificate's state and returns a
 * new file, or a refusal when the state does not allow it.
 *
 * <p>The list's filters are derived, never stored: {@link #isVisiteAFaire()},
 * {@link #isEnRelance(Clock)}, {@link #isClos()} (and {@link #isOpen()}, the list without filter).
 *
 * @param orderId        the intervention order (commande d'intervention)
 * @param conventionId   the convention the order was made under
 * @param dateDeCommande the day the caisse ordered the intervention
 * @param certificate    the visit certificate, {@link Aucune} until one is created
 * @param decision       the caisse's decision, only on a transmitted certificate
 */
public record InterventionFile(UUID orderId, UUID conventionId, LocalDate dateDeCommande,
                               VisitCertificate certificate, Optional<DecisionNotification> decision) {

    /** A file is en relance when no certificate was sent this long after the date de commande. */
    public static final Period RELANCE_DELAY = Period.ofDays(60);

    private static final Refusal ABSENTE = Refusal.of("attestation.absente");
    private static final Refusal DEJA_CREEE = Refusal.of("attestation.deja_creee");
    private static final Refusal TRANSMISE = Refusal.of("attestation.transmise");
    private static final Refusal SANS_SUITE = Refusal.of("dossier.clos_sans_suite");
    private static final Refusal DECISION_SANS_TRANSMISSION = Refusal.of("decision.attestation_non_transmise");
    private static final Refusal DECISION_DEJA_ENREGISTREE = Refusal.of("decision.deja_enregistree");

    public InterventionFile {
        Components.required(InterventionFile.class, orderId, conventionId, dateDeCommande, certificate, decision);
        if (decision.isPresent() && !(certificate instanceof Transmise)) {
            throw new InvalidValueException(DECISION_SANS_TRANSMISSION);
        }
        if (visitDate(certificate).filter(date -> date.value().isBefore(dateDeCommande)).isPresent()) {
            throw new InvalidValueException(VisitDate.beforeOrder());
        }
    }

    /** A new order from the caisse: no certificate yet, no decision. */
    public static InterventionFile ordered(UUID orderId, UUID conventionId, LocalDate dateDeCommande) {
        return new InterventionFile(orderId, conventionId, dateDeCommande, new Aucune(), Optional.empty());
    }

    /**
     * "Créer Att. Visite" then "Sauvegarder": allowed only while there is no certificate. The form is
     * read with {@link VisitContent#parse}; its date comes read by the edge.
     */
    public Result<InterventionFile> createDraft(Optional<VisitDate> visitDate, VisitContent content, Clock clock) {
        return switch (certificate) {
            case Aucune aucune -> aucune.createDraft(visitDate, content, dateDeCommande, clock).map(this::with);
            case Brouillon ignored -> Result.refused(DEJA_CREEE);
            case Transmise ignored -> Result.refused(TRANSMISE);
            case SansSuite ignored -> Result.refused(SANS_SUITE);
        };
    }

    /** "Modifier Att. Visite" then "Sauvegarder": allowed only on a draft. */
    public Result<InterventionFile> modifyDraft(Optional<VisitDate> visitDate, VisitContent content, Clock clock) {
        return switch (certificate) {
            case Aucune ignored -> Result.refused(ABSENTE);
            case Brouillon brouillon -> brouillon.modify(visitDate, content, dateDeCommande, clock).map(this::with);
            case Transmise ignored -> Result.refused(TRANSMISE);
            case SansSuite ignored -> Result.refused(SANS_SUITE);
        };
    }

    /** Deletes a draft: the visit is to do again. */
    public Result<InterventionFile> deleteDraft() {
        return switch (certificate) {
            case Aucune ignored -> Result.refused(ABSENTE);
            case Brouillon brouillon -> brouillon.delete().map(this::with);
            case Transmise ignored -> Result.refused(TRANSMISE);
            case SansSuite ignored -> Result.refused(SANS_SUITE);
        };
    }

    /**
     * "Transmettre" (from the list, or from the form after saving it): sends the draft to the caisse.
     * The outcome carries what the application needs to create the invoice line.
     */
    public Result<TransmissionRecorded> transmit(Clock clock) {
        return switch (certificate) {
            case Aucune ignored -> Result.refused(ABSENTE);
            case Brouillon brouillon -> brouillon.transmit(dateDeCommande, clock)
                    .map(transmise -> new TransmissionRecorded(with(transmise)));
            case Transmise ignored -> Result.refused(TRANSMISE);
            case SansSuite ignored -> Result.refused(SANS_SUITE);
        };
    }

    /**
     * "Att. Visite sans suite": a motif and an optional comment (read with
     * {@link SansSuite#parseComment(String)}) are sent to the caisse; the file is closed.
     */
    public Result<InterventionFile> declareSansSuite(SansSuiteMotif motif, Optional<FreeText> comment, Clock clock) {
        return switch (certificate) {
            case Aucune aucune -> aucune.declareSansSuite(motif, comment, clock).map(this::with);
            case Brouillon brouillon -> brouillon.declareSansSuite(motif, comment, clock).map(this::with);
            case Transmise ignored -> Result.refused(TRANSMISE);
            case SansSuite ignored -> Result.refused(SANS_SUITE);
        };
    }

    /** The caisse loads its decision on a transmitted certificate; the file is then closed. */
    public Result<InterventionFile> recordDecision(DecisionNotification notification) {
        Objects.requireNonNull(notification, "notification");
        return switch (certificate) {
            case Aucune ignored -> Result.refused(DECISION_SANS_TRANSMISSION);
            case Brouillon ignored -> Result.refused(DECISION_SANS_TRANSMISSION);
            case Transmise ignored when decision.isPresent() -> Result.refused(DECISION_DEJA_ENREGISTREE);
            case Transmise ignored -> Result.ok(new InterventionFile(
                    orderId, conventionId, dateDeCommande, certificate, Optional.of(notification)));
            case SansSuite ignored -> Result.refused(SANS_SUITE);
        };
    }

    /** No certificate created yet (filter "Visite à faire"). */
    public boolean isVisiteAFaire() {
        return certificate instanceof Aucune;
    }

    /**
     * Relance: no certificate sent to the caisse (neither transmitted nor sans suite) on or after
     * the {@link #RELANCE_DELAY 60th day} after the date de commande, today by {@code clock}.
     */
    public boolean isEnRelance(Clock clock) {
        boolean notSent = switch (certificate) {
            case Aucune ignored -> true;
            case Brouillon ignored -> true;
            case Transmise ignored -> false;
            case SansSuite ignored -> false;
        };
        return notSent && !BusinessTime.today(clock).isBefore(dateDeCommande.plus(RELANCE_DELAY));
    }

    /** Dossier clos: transmitted and its decision loaded, or sans suite. */
    public boolean isClos() {
        return switch (certificate) {
            case Aucune ignored -> false;
            case Brouillon ignored -> false;
            case Transmise ignored -> decision.isPresent();
            case SansSuite ignored -> true;
        };
    }

    /** Shown in the list without filter: every file until it is closed. */
    public boolean isOpen() {
        return !isClos();
    }

    /**
     * Whether the file's PDFs (Eva, AV, Aide) may be downloaded: always before anything is sent to
     * the caisse, then during {@link VisitCertificate#DOCUMENT_RETENTION} after the transmission or
     * the sans suite, then never.
     */
    public boolean documentsAvailable(Clock clock) {
        return switch (certificate) {
            case Aucune ignored -> true;
            case Brouillon ignored -> true;
            case Transmise transmise -> transmise.documentsAvailable(clock);
            case SansSuite sansSuite -> sansSuite.documentsAvailable(clock);
        };
    }

    private InterventionFile with(VisitCertificate newCertificate) {
        return new InterventionFile(orderId, conventionId, dateDeCommande, newCertificate, decision);
    }

    private static Optional<VisitDate> visitDate(VisitCertificate certificate) {
        return switch (certificate) {
            case Aucune ignored -> Optional.empty();
            case Brouillon brouillon -> brouillon.visitDate();
            case Transmise transmise -> Optional.of(transmise.visitDate());
            case SansSuite ignored -> Optional.empty();
        };
    }
}
