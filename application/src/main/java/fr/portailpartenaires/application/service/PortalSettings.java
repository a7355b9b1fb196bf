package fr.portailpartenaires.application.service;

import fr.portailpartenaires.domain.password.PasswordPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * What differs between deployments of the portal.
 *
 * @param passwordPolicy             the profile's password policy (PPAS by default)
 * @param temporaryPasswordValidity  how long a temporary password may be used (72 h by default)
 * @param cguVersion                 the version of the terms of use a registration must accept
 */
public record PortalSettings(PasswordPolicy passwordPolicy, Duration temporaryPasswordValidity, String cguVersion) {

    public static final PortalSettings PPAS = new PortalSettings(PasswordPolicy.ppas(), Duration.ofHours(72), "2024-01");

    public PortalSettings {
        Objects.requireNonNull(passwordPolicy, "passwordPolicy");
        Objects.requireNonNull(temporaryPasswordValidity, "temporaryPasswordValidity");
        Objects.requireNonNull(cguVersion, "cguVersion");
        if (temporaryPasswordValidity.isNegative() || temporaryPasswordValidity.isZero()) {
            throw new IllegalArgumentException("A temporary password must be valid for some time");
        }
    }
}
