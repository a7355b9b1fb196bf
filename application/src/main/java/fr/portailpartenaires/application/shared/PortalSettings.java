package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.password.PasswordPolicy;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.EmailAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * What differs between deployments of the portal.
 *
 * @param passwordPolicy             the profile's password policy (PPAS by default)
 * @param temporaryPasswordValidity  how long a temporary password may be used (72 h by default)
 * @param cguVersion                 the version of the terms of use a registration must accept
 * @param usageRulesVersion          the version of the usage rules (règles d'utilisation) every partner user must
 *                                   accept at first login and after each change (CAF profile, spec §2.2); empty
 *                                   when the profile asks for none (PPAS)
 * @param assistanceEmail            where the contact form « Nous contacter » sends its messages (spec §2.4)
 */
public record PortalSettings(PasswordPolicy passwordPolicy, Duration temporaryPasswordValidity, String cguVersion,
        Optional<String> usageRulesVersion, EmailAddress assistanceEmail) {

    /** The assistance address when none is configured (demo: mails go to the log). */
    public static final EmailAddress DEFAULT_ASSISTANCE_EMAIL = EmailAddress.of("assistance@portail.example");

    public static final PortalSettings PPAS = new PortalSettings(PasswordPolicy.ppas(), Duration.ofHours(72), "2024-01");

    public PortalSettings {
        Components.required(PortalSettings.class, passwordPolicy, temporaryPasswordValidity, cguVersion,
                usageRulesVersion, assistanceEmail);
        if (temporaryPasswordValidity.isNegative() || temporaryPasswordValidity.isZero()) {
            throw new IllegalArgumentException("A temporary password must be valid for some time");
        }
        if (usageRulesVersion.filter(version -> version.isBlank() || version.length() > 20).isPresent()) {
            throw new IllegalArgumentException("A usage rules version has 1 to 20 characters");
        }
    }

    /** Settings without usage rules to accept, mailing the contact form to {@link #DEFAULT_ASSISTANCE_EMAIL}. */
    public PortalSettings(PasswordPolicy passwordPolicy, Duration temporaryPasswordValidity, String cguVersion) {
        this(passwordPolicy, temporaryPasswordValidity, cguVersion, Optional.empty(), DEFAULT_ASSISTANCE_EMAIL);
    }

    /** The same settings, with users having to accept this version of the usage rules (CAF profile). */
    public PortalSettings withUsageRules(String version) {
        return new PortalSettings(passwordPolicy, temporaryPasswordValidity, cguVersion, Optional.of(version),
                assistanceEmail);
    }

    /** The same settings, with the contact form mailed to this address. */
    public PortalSettings withAssistanceEmail(EmailAddress address) {
        return new PortalSettings(passwordPolicy, temporaryPasswordValidity, cguVersion, usageRulesVersion, address);
    }
}
