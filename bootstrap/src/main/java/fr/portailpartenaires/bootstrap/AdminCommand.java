package fr.portailpartenaires.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.application.caisse.SetUpCaisse;
import fr.portailpartenaires.application.caisse.SetUpCaisse.AdministratorCreated;
import fr.portailpartenaires.application.shared.Outcome;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar portail.jar admin creer-administrateur-caisse --caisse … --identifiant … --nom … --prenom …
 * --email … [--un-de-plus]}: the operator creates the first administrator of a caisse or of a CAF on the configured
 * database (spec §3.5), through the same use case, mail and audit trail as any creation. The temporary password
 * goes by mail through the outbox (sent by the service, at its next start when it is stopped); without an SMTP server
 * configured it is printed once. On the embedded H2 the service must be stopped (it locks the file).
 */
final class AdminCommand {

    static final String NAME = "admin";
    static final String CREATE_CAISSE_ADMINISTRATOR = "creer-administrateur-caisse";

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int UNAVAILABLE = 3;
    static final int USAGE = 64;

    private static final Set<String> VALUED = Set.of("--caisse", "--identifiant", "--nom", "--prenom", "--email");
    private static final String ADDITIONAL = "--un-de-plus";

    static final String HELP = "Usage : portail admin " + CREATE_CAISSE_ADMINISTRATOR
            + " --caisse CODE --identifiant LOGIN --nom NOM --prenom PRENOM --email ADRESSE [" + ADDITIONAL + "]\n"
            + "  crée un administrateur de caisse (ou de CAF) avec un mot de passe temporaire envoyé par mail ;\n"
            + "  " + ADDITIONAL + " : la caisse a déjà un administrateur et vous en voulez un de plus.";

    private AdminCommand() {
    }

    static int run(PortalConfig config, List<String> args, PrintStream out) {
        if (args.isEmpty() || !CREATE_CAISSE_ADMINISTRATOR.equals(args.get(0))) {
            out.println(HELP);
            return USAGE;
        }
        Map<String, String> options = new HashMap<>();
        boolean additional = false;
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (ADDITIONAL.equals(option)) {
                additional = true;
            } else if (VALUED.contains(option) && i + 1 < args.size() && !options.containsKey(option)) {
                options.put(option, args.get(++i));
            } else {
                out.println("Option inconnue, répétée ou sans valeur : " + option + "\n" + HELP);
                return USAGE;
            }
        }
        var form = new SetUpCaisse.NewCaisseAdministrator(options.get("--caisse"), options.get("--identifiant"),
                options.get("--nom"), options.get("--prenom"), options.get("--email"), additional);
        HikariDataSource dataSource;
        try {
            dataSource = config.jdbcUrl()
                    .map(url -> DataSources.pool(url, config.dbUser(), config.dbPassword(), 2))
                    .orElseGet(() -> DataSources.h2File(config.dataDir().resolve("portail")));
        } catch (RuntimeException e) {
            out.println("Base de données indisponible (" + config.databaseDescription() + ") : "
                    + (config.jdbcUrl().isEmpty()
                            ? "la base H2 est sans doute ouverte par le service : arrêtez-le, puis relancez la commande."
                            : e.getMessage()));
            return UNAVAILABLE;
        }
        try (dataSource; Portal portal = Portal.builder().dataSource(dataSource).backgroundJobs(false)
                .portalUrl(config.baseUrl().orElse(URI.create("http://localhost:" + config.httpPort() + "/")))
                .settings(PortalServer.settings(config)).clock(Clock.systemUTC()).build()) {
            return switch (portal.caisse().setUp().createAdministrator(form)) {
                case Outcome.Done<AdministratorCreated> done -> created(done.value(), config, out);
                case Outcome.Invalid<AdministratorCreated> invalid -> {
                    out.println("Administrateur non créé, rien n'a été enregistré :");
                    invalid.errors().forEach((field, messages) ->
                            messages.forEach(message -> out.println("  " + option(field) + " : " + message)));
                    yield REFUSED;
                }
                case Outcome.Refused<AdministratorCreated> refused -> {
                    out.println("Administrateur non créé : " + refused.refusal().message());
                    yield REFUSED;
                }
            };
        }
    }

    private static int created(AdministratorCreated created, PortalConfig config, PrintStream out) {
        out.println("Administrateur créé : " + created.login() + " (" + created.libelleCaisse() + ", "
                + created.email() + ").");
        if (config.smtp().isPresent()) {
            out.println("Son mot de passe temporaire lui est envoyé par mail (par le service, dès son démarrage s'il"
                    + " est arrêté) ; il devra le changer à sa première connexion.");
        } else {
            out.println("ATTENTION : aucun serveur SMTP n'est configuré (PORTAIL_SMTP_HOST) : le mail ne partira pas."
                    + " Mot de passe temporaire, affiché une seule fois, à transmettre par un canal sûr : "
                    + created.temporaryPassword());
        }
        return DONE;
    }

    private static String option(String field) {
        return switch (field) {
            case "caisse" -> "--caisse";
            case "login" -> "--identifiant";
            case "nom" -> "--nom";
            case "prenom" -> "--prenom";
            case "email" -> "--email";
            default -> field;
        };
    }
}
