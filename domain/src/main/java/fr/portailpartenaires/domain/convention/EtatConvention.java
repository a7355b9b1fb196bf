package fr.portailpartenaires.domain.convention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The état of a convention as shown in the Conventions tab, derived from its state and the date. */
public enum EtatConvention {
    EN_ATTENTE_DE_VALIDATION("en attente de validation"),
    VALIDEE("validée"),
    INVALIDEE("invalidée"),
    CLOTUREE("clôturée");

    private final String label;

    EtatConvention(String label) {
        this.label = label;
    }

    /** The état of a validated convention on that day: closed from its closure date on. */
    public static EtatConvention ofValidated(Optional<LocalDate> dateDeCloture, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return dateDeCloture.filter(date -> !today.isBefore(date)).isPresent() ? CLOTUREE : VALIDEE;
    }

    /** The French label shown to users. */
    public String label() {
        return label;
    }
}
