package fr.portailpartenaires.bootstrap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Path;
import java.util.Map;

/** The configuration the story tests run the service with: any free port, its own H2 file database, GreenMail as SMTP. */
final class TestConfigs {

    private TestConfigs() {
    }

    static PortalConfig withSmtp(Path dataDir, GreenMailExtension smtp) {
        return PortalConfig.from(Map.of(
                "PORTAIL_HTTP_PORT", "0",
                "PORTAIL_DATA_DIR", dataDir.toString(),
                "PORTAIL_SMTP_HOST", "127.0.0.1",
                "PORTAIL_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "PORTAIL_SMTP_TRANSPORT", "SMTP",
                "PORTAIL_MAIL_FROM", "ne-pas-repondre@portail.example"));
    }

    /** As {@link #withSmtp}, on the CAF profile (password policy, usage rules, the CAF manual's demo data). */
    static PortalConfig cafWithSmtp(Path dataDir, GreenMailExtension smtp) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "PORTAIL_HTTP_PORT", "0",
                "PORTAIL_DATA_DIR", dataDir.toString(),
                "PORTAIL_SMTP_HOST", "127.0.0.1",
                "PORTAIL_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "PORTAIL_SMTP_TRANSPORT", "SMTP",
                "PORTAIL_MAIL_FROM", "ne-pas-repondre@portail.example"));
        settings.put("PORTAIL_PASSWORD_POLICY", "CAF");
        return PortalConfig.from(settings);
    }
}
