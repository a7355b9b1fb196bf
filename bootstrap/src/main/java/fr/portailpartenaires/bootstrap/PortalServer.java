package fr.portailpartenaires.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.mail.FrenchMailTemplates;
import fr.portailpartenaires.adapters.mail.SimpleJavaMailSender;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.web.health.MetricsEndpoint;
import fr.portailpartenaires.adapters.web.ClientAddress;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.pages.Pages;
import io.javalin.Javalin;
import fr.portailpartenaires.application.shared.PortalSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The running HTTP service: the {@link Portal} library behind Javalin, on H2 or PostgreSQL. */
public final class PortalServer implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Portal portal;
    private final Optional<SimpleJavaMailSender> smtp;
    private final Javalin app;
    private final String host;
    private final List<DemoData.DemoAccount> demoAccounts;
    private final List<String> routes;

    private PortalServer(HikariDataSource dataSource, Portal portal, Optional<SimpleJavaMailSender> smtp, Javalin app,
            String host, List<DemoData.DemoAccount> demoAccounts, List<String> routes) {
        this.dataSource = dataSource;
        this.portal = portal;
        this.smtp = smtp;
        this.app = app;
        this.host = host;
        this.demoAccounts = demoAccounts;
        this.routes = List.copyOf(routes);
    }

    public static PortalServer start(PortalConfig config) {
        return start(config, Clock.systemUTC());
    }

    static PortalServer start(PortalConfig config, Clock clock) {
        return start(config, clock, builder -> { });
    }

    /** @param customizer last changes to the portal's options (tests plug their captcha renderer here) */
    static PortalServer start(PortalConfig config, Clock clock, java.util.function.Consumer<Portal.Builder> customizer) {
        HikariDataSource dataSource = config.jdbcUrl()
                .map(url -> DataSources.pool(url, config.dbUser(), config.dbPassword(), 10))
                .orElseGet(() -> DataSources.h2File(config.dataDir().resolve("portail")));
        Optional<SimpleJavaMailSender> smtp = config.smtp().map(SimpleJavaMailSender::new);
        Portal portal = null;
        try {
            String shownHost = "0.0.0.0".equals(config.httpHost()) ? "localhost" : config.httpHost();
            URI baseUrl = config.baseUrl().orElse(URI.create("http://" + shownHost + ":" + config.httpPort() + "/"));
            Clock portalClock = clock;
            Portal.Builder builder = Portal.builder().dataSource(dataSource).portalUrl(baseUrl)
                    .settings(settings(config)).billingJobsInterval(config.timing().billingJobsInterval())
                    .mailSignature(config.site().caf() ? FrenchMailTemplates.CAF_SIGNATURE : FrenchMailTemplates.SIGNATURE);
            if (config.demoData()) {
                DemoClock demoClock = new DemoClock(clock, Duration.ofDays(config.timing().demoStartDays()));
                builder.demoTime(demoClock);
                portalClock = demoClock;
            }
            builder.clock(portalClock);
            smtp.ifPresent(builder::mailSender);
            customizer.accept(builder);
            portal = builder.build();
            List<DemoData.DemoAccount> demo = !config.demoData() ? List.of()
                    : config.passwordPolicy() instanceof fr.portailpartenaires.domain.password.PasswordPolicy.Caf
                            ? DemoData.loadCaf(portal, portalClock) : DemoData.load(portal, portalClock);
            SessionCookie sessions = new SessionCookie(portal.account().authenticate());
            PortalWeb web = new PortalWeb(portal);
            Pages pages = new Pages(config.site(), sessions, web::visitor);
            List<RouteGroup> routes = new java.util.ArrayList<>(web.routes(sessions,
                    new MetricsEndpoint(config.metricsToken(), portal.metrics()::scrape)));
            routes.addAll(web.pages(pages));
            List<String> served = new java.util.ArrayList<>();
            Javalin app = PortalApp.create(sessions, routes, pages, ClientAddress.behind(config.trustedProxies()),
                    route -> {
                        if (route.getHttpMethod().isHttpMethod()) {
                            served.add(route.getHttpMethod().name() + " " + route.getPath());
                        }
                    }).start(config.httpHost(), config.httpPort());
            return new PortalServer(dataSource, portal, smtp, app, config.httpHost(), demo, served);
        } catch (RuntimeException e) {
            if (portal != null) {
                portal.close();
            }
            smtp.ifPresent(PortalServer::closeQuietly);
            dataSource.close();
            throw e;
        }
    }

    /** The portal profile of the configuration: password policy, usage rules to accept, assistance address. */
    static PortalSettings settings(PortalConfig config) {
        PortalSettings settings = new PortalSettings(config.passwordPolicy(),
                PortalSettings.PPAS.temporaryPasswordValidity(), PortalSettings.PPAS.cguVersion())
                .withAssistanceEmail(config.assistanceEmail());
        return config.usageRulesVersion().map(settings::withUsageRules).orElse(settings);
    }

    private static void closeQuietly(SimpleJavaMailSender sender) {
        try {
            sender.close();
        } catch (Exception e) {
            // closing the SMTP connection pool at shutdown: nothing left to do about a failure
        }
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String shown = "0.0.0.0".equals(host) ? "localhost" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    public Portal portal() {
        return portal;
    }

    List<DemoData.DemoAccount> demoAccounts() {
        return demoAccounts;
    }

    /**
     * Every route the server answers, as it was added ({@code GET /services/bordereaux/{id}/{format}}): what the
     * isolation tests walk, so that a route added later is not forgotten by them.
     */
    List<String> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
        portal.close();
        smtp.ifPresent(PortalServer::closeQuietly);
        dataSource.close();
    }
}
