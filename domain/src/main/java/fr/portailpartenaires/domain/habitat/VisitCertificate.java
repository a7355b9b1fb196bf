package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The visit certificate (attestation de visite) of one intervention order, one record per state:
 * <pre>
 *  Aucune --createDraft--> Brouillon --transmit--> Transmise
 *    |                      |  ^ modify / delete (back to Aucune)
 *    +-- declareSansSuite --+--------------------> SansSuite
 * </pre>
 * A transition exists only on the states that allow it; {@link InterventionFile} turns every other
 * attempt into a refusal. Transmise and SansSuite have no transition: a transmitted certificate is
 * corrected on paper, a sans suite closes the file.
 */
public sealed interface VisitCertificate {

    /** How long the PDFs of a certificate sent to the caisse stay downloadable (the portal is not a storage space). */
    Period DOCUMENT_RETENTION = Period.ofMonths(12);

    /** No certificate yet: the visit is still to do (filter "Visite à faire"). */
    record Aucune() implements VisitCertificate {

        /** "Créer Att. Visite" then "Sauvegarder": the date may still be empty, any content is kept. */
        public Result<Brouillon> createDraft(Optional<VisitDate> visitDate, VisitContent content,
                                             LocalDate dateDeCommande, Clock clock) {
            return Brouillon.saved(visitDate, content, dateDeCommande, clock);
        }

        /** "Att. Visite sans suite" before any certificate was written. */
        public Result<SansSuite> declareSansSuite(SansSuiteMotif motif, Optional<FreeText> comment, Clock clock) {
            return Result.ok(new SansSuite(motif, comment, clock.instant()));
        }
    }

    /**
     * A saved draft ("Sauvegarder"), which may be modified, deleted, transmitted or put sans suite.
     *
     * @param visitDate   the date of the visit, if entered yet
     * @param content     what has been written so far
     * @param lastSavedAt when the draft was last saved
     */
    record Brouillon(Optional<VisitDate> visitDate, VisitContent content, Instant lastSavedAt)
            implements VisitCertificate {

        public Brouillon {
            Components.required(Brouillon.class, visitDate, content, lastSavedAt);
        }

        /** "Modifier Att. Visite" then "Sauvegarder": replaces the date and the content. */
        public Result<Brouillon> modify(Optional<VisitDate> newVisitDate, VisitContent newContent,
                                        LocalDate dateDeCommande, Clock clock) {
            return saved(newVisitDate, newContent, dateDeCommande, clock);
        }

        /** Deleting a draft leaves the order without certificate. */
        public Result<Aucune> delete() {
            return Result.ok(new Aucune());
        }

        /**
         * "Transmettre": requires the visit date (not before the date de commande, not in the future)
         * and the content a transmission requires ({@link VisitContent#completeForTransmission()}).
         */
        public Result<Transmise> transmit(LocalDate dateDeCommande, Clock clock) {
            return visitDate
                    .map(date -> date.validFor(dateDeCommande, clock))
                    .orElseGet(() -> Result.refused("attestation.date_visite_manquante"))
                    .flatMap(date -> content.completeForTransmission()
                            .map(complete -> new Transmise(date, complete, clock.instant())));
        }

        /** "Att. Visite sans suite" on a draft: the draft is dropped, the motif and comment are sent. */
        public Result<SansSuite> declareSansSuite(SansSuiteMotif motif, Optional<FreeText> comment, Clock clock) {
            return Result.ok(new SansSuite(motif, comment, clock.instant()));
        }

        private static Result<Brouillon> saved(Optional<VisitDate> visitDate, VisitContent content,
                                               LocalDate dateDeCommande, Clock clock) {
            if (visitDate.isEmpty()) {
                return Result.ok(new Brouillon(visitDate, content, clock.instant()));
            }
            return visitDate.get().validFor(dateDeCommande, clock)
                    .map(date -> new Brouillon(visitDate, content, clock.instant()));
        }
    }

    /**
     * Transmitted to the caisse: final, whatever happens next (only the caisse's decision may follow).
     *
     * @param visitDate     the date of the visit
     * @param content       the complete content sent
     * @param transmittedAt the date de transmission, shown on hover in the list; it starts the invoice line
     */
    record Transmise(VisitDate visitDate, VisitContent content, Instant transmittedAt) implements VisitCertificate {

        public Transmise {
            Objects.requireNonNull(visitDate, "visitDate");
            Objects.requireNonNull(transmittedAt, "transmittedAt");
            if (content.completeForTransmission() instanceof Result.Refused<VisitContent> incomplete) {
                throw new InvalidValueException(incomplete.refusal());
            }
        }

        /** Whether the PDFs can still be downloaded: during {@link #DOCUMENT_RETENTION} after transmission. */
        public boolean documentsAvailable(Clock clock) {
            return withinRetention(transmittedAt, clock);
        }
    }

    /**
     * Declared sans suite and sent to the caisse: the file is closed.
     *
     * @param motif      the reason chosen from the list
     * @param comment    an optional comment, at most {@link #COMMENT_MAX_LENGTH} characters
     * @param declaredAt when it was sent to the caisse
     */
    record SansSuite(SansSuiteMotif motif, Optional<FreeText> comment, Instant declaredAt) implements VisitCertificate {

        public static final int COMMENT_MAX_LENGTH = 1000;

        public SansSuite {
            Components.required(SansSuite.class, motif, comment, declaredAt);
            int length = comment.map(FreeText::length).orElse(0);
            if (length > COMMENT_MAX_LENGTH) {
                throw new InvalidValueException(Refusal.of("texte.trop_long", COMMENT_MAX_LENGTH, length));
            }
        }

        /** Reads the comment typed under the motif: optional, no € sign, at most {@link #COMMENT_MAX_LENGTH} characters. */
        public static Result<Optional<FreeText>> parseComment(String raw) {
            return FreeText.parse(raw, COMMENT_MAX_LENGTH);
        }

        /** Whether the PDFs can still be downloaded: during {@link #DOCUMENT_RETENTION} after it was sent. */
        public boolean documentsAvailable(Clock clock) {
            return withinRetention(declaredAt, clock);
        }
    }

    private static boolean withinRetention(Instant sentAt, Clock clock) {
        return clock.instant().isBefore(sentAt.atZone(BusinessTime.ZONE).plus(DOCUMENT_RETENTION).toInstant());
    }
}
