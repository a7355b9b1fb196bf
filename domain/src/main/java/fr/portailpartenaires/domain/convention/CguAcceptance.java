package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Instant;

/**
 * The terms of use (CGU) a visitor accepted by clicking "J'accepte" before registering.
 *
 * @param version    the version of the CGU text that was shown
 * @param acceptedAt when the visitor accepted it
 */
public record CguAcceptance(String version, Instant acceptedAt) {

    public CguAcceptance {
        Components.required(CguAcceptance.class, version, acceptedAt);
        if (version.isBlank()) {
            throw new InvalidValueException(
                    Refusal.of("cgu.version_obligatoire"));
        }
        version = version.strip();
    }
}
