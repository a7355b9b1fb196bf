package fr.portailpartenaires.bootstrap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's configuration, read from environment variables (which win) and an optional
 * properties file named by {@code PORTAIL_CONFIG_FILE}, validated at start with clear messages.
 *
 * @param httpHost   interface to listen on ({@code PORTAIL_HTTP_HOST}, default {@code 127.0.0.1})
 * @param httpPort   port ({@code PORTAIL_HTTP_PORT}, default 8080; 0 picks a free one)
 * @param dataDir    where the embedded H2 database lives ({@code PORTAIL_DATA_DIR}, default {@code ./data})
 * @param jdbcUrl    a PostgreSQL JDBC URL ({@code PORTAIL_DB_URL}); empty = embedded H2 in {@code dataDir}
 * @param dbUser     database user ({@code PORTAIL_DB_USER})
 * @param dbPassword database password ({@code PORTAIL_DB_PASSWORD})
 * @param baseUrl    the portal's public address, for the links in mails ({@code PORTAIL_BASE_URL}; default from host and port)
 * @param demoData   load the seeds' demo data ({@code PORTAIL_DEMO}; default true on the embedded H2, false on PostgreSQL)
 * @param smtp       SMTP server ({@code PORTAIL_SMTP_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD},
 *                   {@code _TRANSPORT} SMTP|SMTP_TLS|SMTPS, {@code PORTAIL_MAIL_FROM}); empty = mails to the log
 * @param passwordPolicy the portal profile's password policy ({@code PORTAIL_PASSWORD_POLICY}: PPAS (default), CAF, RECOMMANDEE)
 * @param usageRulesVersion the usage rules every partner user accepts at first login and after each new version
 *                   ({@code PORTAIL_REGLES_UTILISATION_VERSION}; default {@value #DEFAULT_USAGE_RULES_VERSION} on the CAF
 *                   profile, none otherwise; {@code AUCUNE} for none)
 * @param assistanceEmail where the contact form is mailed ({@code PORTAIL_ASSISTANCE_EMAIL}; default
 *                   {@code assistance@portail.example})
 * @param site     the pages' portal: {@code PORTAIL_PROFIL} (PPAS (default) or CAF: name, menus, welcome texts, and the
 *                   default of {@code PORTAIL_PASSWORD_POLICY}), {@code PORTAIL_NOM} and {@code PORTAIL_COULEUR}
 *                   ({@code #rrggbb}) to show the operator's own name and colour
 * @param metricsToken the bearer token a Prometheus scraper presents to {@code GET /metrics}
 *                   ({@code PORTAIL_METRICS_TOKEN}, at least {@value #MIN_METRICS_TOKEN_LENGTH} characters); empty = no
 *                   metrics over HTTP (the route answers 404)
 * @param trustedProxies the reverse proxies and load balancers whose {@code X-Forwarded-For} tells the client's
 *                   address ({@code PORTAIL_PROXIES_DE_CONFIANCE}: addresses or CIDR networks separated by commas;
 *                   none by default: the connection's address is the client's)
 */
public record PortalConfig(String httpHost, int httpPort, Path dataDir, Optional<String> jdbcUrl,
        String dbUser, String dbPassword, Optional<java.net.URI> baseUrl, boolean demoData,
        Optional<fr.portailpartenaires.adapters.mail.SmtpSettings> smtp,
        fr.portailpartenaires.domain.password.PasswordPolicy passwordPolicy,
        Optional<String> usageRulesVersion, fr.portailpartenaires.domain.shared.EmailAddress assistanceEmail,
        Optional<String> metricsToken, fr.portailpartenaires.adapters.web.pages.Site site, Timing timing,
        List<String> trustedProxies) {

    public PortalConfig {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * The portal's pace: {@code PORTAIL_FACTURATION_INTERVALLE_MINUTES} (how often the invoicing and purge jobs look
     * for due work, default 5) and, in demo mode only, {@code PORTAIL_DEMO_AVANCE_JOURS} (how many days ahead of the
     * real time the demonstration starts, default 0; its clock then moves forward from the caisse's back-office).
     */
    public record Timing(java.time.Duration billingJobsInterval, int demoStartDays) {
        static final Timing DEFAULT = new Timing(java.time.Duration.ofMinutes(5), 0);
    }

    /** The shortest bearer token accepted for {@code GET /metrics}. */
    public static final int MIN_METRICS_TOKEN_LENGTH = 32;

    /** The usage rules version of the CAF profile when none is configured. */
    public static final String DEFAULT_USAGE_RULES_VERSION = "2024-01";

    /** Thrown when the configuration is invalid; its message lists every problem. */
    public static final class InvalidConfigurationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidConfigurationException(List<String> problems) {
            super("Configuration invalide :\n - " + String.join("\n - ", problems));
        }
    }

    public static PortalConfig from(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        String host = setting(settings, "PORTAIL_HTTP_HOST").orElse("127.0.0.1");
        int port = 8080;
        Optional<String> rawPort = setting(settings, "PORTAIL_HTTP_PORT");
        if (rawPort.isPresent()) {
            try {
                port = Integer.parseInt(rawPort.get());
                if (port < 0 || port > 65_535) {
                    problems.add("PORTAIL_HTTP_PORT doit être compris entre 0 et 65535 (reçu : " + rawPort.get() + ").");
                }
            } catch (NumberFormatException e) {
                problems.add("PORTAIL_HTTP_PORT doit être un nombre entier (reçu : " + rawPort.get() + ").");
            }
        }
        Path dataDir = Path.of(setting(settings, "PORTAIL_DATA_DIR").orElse("data"));
        Optional<String> jdbcUrl = setting(settings, "PORTAIL_DB_URL");
        if (jdbcUrl.isPresent() && !jdbcUrl.get().startsWith("jdbc:postgresql:")) {
            problems.add("PORTAIL_DB_URL doit être une URL JDBC PostgreSQL (jdbc:postgresql://hôte:port/base) ;"
                    + " laissez-la vide pour la base H2 embarquée.");
        }
        String user = setting(settings, "PORTAIL_DB_USER").orElse("");
        String password = setting(settings, "PORTAIL_DB_PASSWORD").orElse("");
        if (jdbcUrl.isPresent() && user.isEmpty()) {
            problems.add("PORTAIL_DB_USER est obligatoire avec PORTAIL_DB_URL.");
        }
        Optional<java.net.URI> baseUrl = Optional.empty();
        Optional<String> rawBaseUrl = setting(settings, "PORTAIL_BASE_URL");
        if (rawBaseUrl.isPresent()) {
            try {
                java.net.URI uri = new java.net.URI(rawBaseUrl.get());
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    throw new java.net.URISyntaxException(rawBaseUrl.get(), "scheme");
                }
                baseUrl = Optional.of(uri);
            } catch (java.net.URISyntaxException e) {
                problems.add("PORTAIL_BASE_URL doit être une adresse http(s)://… (reçu : " + rawBaseUrl.get() + ").");
            }
        }
        boolean demo = setting(settings, "PORTAIL_DEMO").map(Boolean::parseBoolean).orElse(jdbcUrl.isEmpty());
        Optional<fr.portailpartenaires.adapters.mail.SmtpSettings> smtp = smtp(settings, problems);
        var policy = fr.portailpartenaires.domain.password.PasswordPolicy.ppas();
        var site = SiteSettings.from(settings, problems);
        String policyName = setting(settings, "PORTAIL_PASSWORD_POLICY").orElse(site.profile().name());
        switch (policyName) {
            case "PPAS" -> policy = fr.portailpartenaires.domain.password.PasswordPolicy.ppas();
            case "CAF" -> policy = fr.portailpartenaires.domain.password.PasswordPolicy.caf();
            case "RECOMMANDEE" -> policy = fr.portailpartenaires.domain.password.PasswordPolicy.recommended(
                    fr.portailpartenaires.domain.password.PasswordBlocklist.bundled());
            default -> problems.add("PORTAIL_PASSWORD_POLICY doit valoir PPAS, CAF ou RECOMMANDEE (reçu : " + policyName + ").");
        }
        Optional<String> usageRules = usageRules(settings, "CAF".equals(policyName), problems);
        var assistance = fr.portailpartenaires.application.shared.PortalSettings.DEFAULT_ASSISTANCE_EMAIL;
        Optional<String> rawAssistance = setting(settings, "PORTAIL_ASSISTANCE_EMAIL");
        if (rawAssistance.isPresent()) {
            var parsed = fr.portailpartenaires.domain.shared.EmailAddress.parse(rawAssistance.get());
            if (parsed instanceof fr.portailpartenaires.domain.shared.Result.Ok<fr.portailpartenaires.domain.shared.EmailAddress> ok) {
                assistance = ok.value();
            } else {
                problems.add("PORTAIL_ASSISTANCE_EMAIL doit être une adresse e-mail (reçu : " + rawAssistance.get() + ").");
            }
        }
        Optional<String> metricsToken = setting(settings, "PORTAIL_METRICS_TOKEN");
        if (metricsToken.filter(token -> token.length() < MIN_METRICS_TOKEN_LENGTH
                || !token.matches("[A-Za-z0-9._~+/=-]+")).isPresent()) {
            problems.add("PORTAIL_METRICS_TOKEN doit comporter au moins " + MIN_METRICS_TOKEN_LENGTH
                    + " caractères sans espace (par exemple : openssl rand -hex 32).");
        }
        Timing timing = timing(settings, demo, problems);
        List<String> proxies = setting(settings, "PORTAIL_PROXIES_DE_CONFIANCE")
                .map(value -> java.util.Arrays.stream(value.split(",")).map(String::strip)
                        .filter(proxy -> !proxy.isEmpty()).toList())
                .orElse(List.of());
        try {
            fr.portailpartenaires.adapters.web.ClientAddress.behind(proxies);
        } catch (IllegalArgumentException e) {
            problems.add("PORTAIL_PROXIES_DE_CONFIANCE doit lister des adresses IP ou des réseaux (10.0.0.0/8) séparés"
                    + " par des virgules (reçu : " + e.getMessage() + ").");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new PortalConfig(host, port, dataDir, jdbcUrl, user, password, baseUrl, demo, smtp, policy, usageRules,
                assistance, metricsToken, site, timing, proxies);
    }

    private static Timing timing(Map<String, String> settings, boolean demo, List<String> problems) {
        int minutes = whole(settings, "PORTAIL_FACTURATION_INTERVALLE_MINUTES", 5, 1, 24 * 60, problems);
        int days = whole(settings, "PORTAIL_DEMO_AVANCE_JOURS", 0, 0, 3650, problems);
        if (days > 0 && !demo) {
            problems.add("PORTAIL_DEMO_AVANCE_JOURS n'est permis qu'en mode démonstration (PORTAIL_DEMO=true).");
        }
        return new Timing(java.time.Duration.ofMinutes(minutes), days);
    }

    private static int whole(Map<String, String> settings, String name, int fallback, int min, int max,
            List<String> problems) {
        Optional<String> raw = setting(settings, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        problems.add(name + " doit être un nombre entier de " + min + " à " + max + " (reçu : " + raw.get() + ").");
        return fallback;
    }

    private static Optional<fr.portailpartenaires.adapters.mail.SmtpSettings> smtp(Map<String, String> settings,
            List<String> problems) {
        Optional<String> host = setting(settings, "PORTAIL_SMTP_HOST");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port = 587;
        Optional<String> rawPort = setting(settings, "PORTAIL_SMTP_PORT");
        if (rawPort.isPresent()) {
            try {
                port = Integer.parseInt(rawPort.get());
            } catch (NumberFormatException e) {
                problems.add("PORTAIL_SMTP_PORT doit être un nombre entier (reçu : " + rawPort.get() + ").");
            }
        }
        var transport = fr.portailpartenaires.adapters.mail.SmtpSettings.Transport.SMTP_TLS;
        Optional<String> rawTransport = setting(settings, "PORTAIL_SMTP_TRANSPORT");
        if (rawTransport.isPresent()) {
            try {
                transport = fr.portailpartenaires.adapters.mail.SmtpSettings.Transport.valueOf(rawTransport.get());
            } catch (IllegalArgumentException e) {
                problems.add("PORTAIL_SMTP_TRANSPORT doit valoir SMTP, SMTP_TLS ou SMTPS (reçu : " + rawTransport.get() + ").");
            }
        }
        Optional<String> from = setting(settings, "PORTAIL_MAIL_FROM");
        if (from.isEmpty()) {
            problems.add("PORTAIL_MAIL_FROM (adresse d'expédition) est obligatoire avec PORTAIL_SMTP_HOST.");
            return Optional.empty();
        }
        try {
            return Optional.of(new fr.portailpartenaires.adapters.mail.SmtpSettings(host.get(), port,
                    setting(settings, "PORTAIL_SMTP_USER"), setting(settings, "PORTAIL_SMTP_PASSWORD"), transport,
                    from.get(), "Portail partenaires", java.time.Duration.ofSeconds(10)));
        } catch (IllegalArgumentException e) {
            problems.add("Configuration SMTP invalide : " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> usageRules(Map<String, String> settings, boolean cafProfile, List<String> problems) {
        Optional<String> raw = setting(settings, "PORTAIL_REGLES_UTILISATION_VERSION");
        if (raw.isEmpty()) {
            return cafProfile ? Optional.of(DEFAULT_USAGE_RULES_VERSION) : Optional.empty();
        }
        if ("AUCUNE".equals(raw.get())) {
            return Optional.empty();
        }
        if (raw.get().length() > 20 || raw.get().chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            problems.add("PORTAIL_REGLES_UTILISATION_VERSION doit tenir en 20 caractères sans espace (reçu : "
                    + raw.get() + ") ; AUCUNE pour ne pas en demander.");
            return Optional.empty();
        }
        return raw;
    }

    private static Optional<String> setting(Map<String, String> settings, String key) {
        return Optional.ofNullable(settings.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Password-free description for the start-up log. */
    public String databaseDescription() {
        return jdbcUrl.map(url -> "PostgreSQL " + withoutPassword(url))
                .orElse("H2 embarquée (" + dataDir.toAbsolutePath().normalize() + ")");
    }

    /**
     * Every setting but the secrets: the database password (and one written in the JDBC URL), the SMTP password and
     * the metrics token show as {@code ***}, so that the configuration can be logged or put in an exception message.
     */
    @Override
    public String toString() {
        return "PortalConfig[httpHost=" + httpHost + ", httpPort=" + httpPort + ", dataDir=" + dataDir
                + ", jdbcUrl=" + jdbcUrl.map(PortalConfig::withoutPassword).orElse("(H2 embarquée)")
                + ", dbUser=" + dbUser + ", dbPassword=" + hidden(dbPassword.isEmpty())
                + ", baseUrl=" + baseUrl.map(Object::toString).orElse("(déduite)") + ", demoData=" + demoData
                + ", smtp=" + smtp.map(Object::toString).orElse("(journal)")
                + ", passwordPolicy=" + passwordPolicy.getClass().getSimpleName()
                + ", usageRulesVersion=" + usageRulesVersion.orElse("(aucune)")
                + ", assistanceEmail=" + assistanceEmail.value()
                + ", metricsToken=" + hidden(metricsToken.isEmpty())
                + ", trustedProxies=" + (trustedProxies.isEmpty() ? "(aucun)" : String.join(",", trustedProxies)) + "]";
    }

    private static String hidden(boolean absent) {
        return absent ? "(aucun)" : "***";
    }

    private static String withoutPassword(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)password=[^&]*", "password=***");
    }
}
