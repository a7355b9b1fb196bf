package fr.portailpartenaires.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.DatabaseHealthProbe;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.WebDependencies;
import fr.portailpartenaires.application.service.HealthService;
import io.javalin.Javalin;
import java.util.List;

/** The running HTTP service: database migrated, use cases wired by hand, Javalin listening. */
public final class PortalServer implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Javalin app;
    private final String host;

    private PortalServer(HikariDataSource dataSource, Javalin app, String host) {
        this.dataSource = dataSource;
        this.app = app;
        this.host = host;
    }

    public static PortalServer start(PortalConfig config) {
        HikariDataSource dataSource = config.jdbcUrl()
                .map(url -> DataSources.pool(url, config.dbUser(), config.dbPassword(), 10))
                .orElseGet(() -> DataSources.h2File(config.dataDir().resolve("portail")));
        try {
            Database database = Database.on(dataSource);
            database.migrate();
            var health = new HealthService(List.of(new DatabaseHealthProbe(database)));
            Javalin app = PortalApp.create(new WebDependencies(health)).start(config.httpHost(), config.httpPort());
            return new PortalServer(dataSource, app, config.httpHost());
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String shown = "0.0.0.0".equals(host) ? "localhost" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
        dataSource.close();
    }
}
