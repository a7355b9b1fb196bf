package fr.portailpartenaires.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the portal as an HTTP service, or with {@code verifier-audit} checks the audit trail's hash chain
 * and exits, or with {@code admin creer-administrateur-caisse …} creates a caisse's administrator and exits; configuration from the environment (see {@link PortalConfig}).
 */
public final class Main {

    /** The service's log configuration, a resource of this jar that configures nothing until {@link Main} names it. */
    static final String LOG_CONFIGURATION = "fr/portailpartenaires/bootstrap/logback-service.xml";

    static {
        // before the first logger: the service's format and levels, unless the operator named another file
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOG_CONFIGURATION);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        PortalConfig config;
        try {
            config = PortalConfig.from(settings(System.getenv()));
        } catch (PortalConfig.InvalidConfigurationException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (args.length > 0) {
            if (AuditCommand.NAME.equals(args[0]) && args.length == 1) {
                System.exit(AuditCommand.verify(config, System.out));
                return;
            }
            if (AdminCommand.NAME.equals(args[0])) {
                System.exit(AdminCommand.run(config, java.util.List.of(args).subList(1, args.length), System.out));
                return;
            }
            System.err.println("Usage : java -jar portail.jar [" + AuditCommand.NAME + " | " + AdminCommand.NAME
                    + " …]\n"
                    + "  sans argument : démarre le service\n"
                    + "  " + AuditCommand.NAME + " : vérifie la chaîne de la piste d'audit (code de sortie 0 : intègre,"
                    + " 1 : altérée, 2 : illisible)\n"
                    + "  " + AdminCommand.HELP.replace("Usage : portail ", ""));
            System.exit(64);
            return;
        }
        PortalServer server = PortalServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "portail-shutdown"));
        LOG.info("Base de données : {}", config.databaseDescription());
        LOG.info("Portail partenaires démarré : {}  (santé : {}health, API : {}api-docs)", server.url(), server.url(),
                server.url());
        for (DemoData.DemoAccount account : server.demoAccounts()) {
            LOG.info("Compte de démonstration : {} / {} ({})", account.login(), account.password(), account.who());
        }
        if (server.demoAccounts().contains(DemoData.CAISSE_ADMIN)) {
            LOG.info("Numéros de convention libres pour une préinscription (CARSAT Nord-Picardie, structure d'évaluation) : {}",
                    String.join(", ", DemoData.FREE_CONVENTION_NUMBERS));
        }
    }

    /** Environment variables win over the optional properties file named by {@code PORTAIL_CONFIG_FILE}. */
    static Map<String, String> settings(Map<String, String> environment) throws IOException {
        Map<String, String> settings = new HashMap<>();
        String file = environment.get("PORTAIL_CONFIG_FILE");
        if (file != null && !file.isBlank()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(file))) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        }
        settings.putAll(environment);
        return settings;
    }
}
