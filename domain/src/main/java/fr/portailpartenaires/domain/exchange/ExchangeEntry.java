package fr.portailpartenaires.domain.exchange;

import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.Components;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One exchange of the history (spec §5.3, manuel ergothérapeutes §5): la période concernée, le régime et
 * la caisse, l'application, l'interface applicative, un commentaire (the exchange type and the references
 * of the data) and the date and time of the exchange. Appended once, never changed.
 *
 * <p>The commentaire names references (invoice number, payment reference, certificate reference), never
 * a NIR.
 *
 * @param id           the entry's id
 * @param occurredAt   date et heure de l'échange
 * @param periodFrom   first day of the période concernée
 * @param periodTo     last day of the période concernée (not before {@code periodFrom})
 * @param regime       the régime of the caisse
 * @param caisse       the caisse
 * @param application  the portal application, e.g. {@value #HABITAT}
 * @param exchangeInterface the kind of service used
 * @param commentaire  the exchange type and the references of the data
 * @param partnerId    the partner the exchange was made for
 * @param conventionId the convention, when the exchange is one of a convention
 */
public record ExchangeEntry(UUID id, Instant occurredAt, LocalDate periodFrom, LocalDate periodTo, RegimeCode regime,
        CaisseCode caisse, String application, ExchangeInterface exchangeInterface, String commentaire,
        UUID partnerId, Optional<UUID> conventionId) {

    /** The application of the Habitat services (ergothérapeutes). */
    public static final String HABITAT = "Habitat / Ergothérapeute";
    public static final int MAX_APPLICATION = 60;
    public static final int MAX_COMMENTAIRE = 300;

    public ExchangeEntry {
        Components.required(ExchangeEntry.class, id, occurredAt, periodFrom, periodTo, regime, caisse, application,
                exchangeInterface, commentaire, partnerId, conventionId);
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("A période ends on or after its start");
        }
        application = text("application", application, MAX_APPLICATION);
        commentaire = text("commentaire", commentaire, MAX_COMMENTAIRE);
    }

    private static String text(String name, String value, int max) {
        Objects.requireNonNull(value, name);
        String stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must have 1 to " + max + " printable characters");
        }
        return stripped;
    }
}
