package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalConfigTest {

    @Test
    void without_settings_the_service_runs_embedded_on_localhost_8080() {
        var config = PortalConfig.from(Map.of());
        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.jdbcUrl()).isEmpty();
        assertThat(config.databaseDescription()).startsWith("H2 embarquée");
    }

    @Test
    void every_invalid_setting_is_reported_at_once_in_french() {
        assertThatThrownBy(() -> PortalConfig.from(Map.of(
                "PORTAIL_HTTP_PORT", "huit",
                "PORTAIL_DB_URL", "jdbc:mysql://x/y")))
                .isInstanceOf(PortalConfig.InvalidConfigurationException.class)
                .hasMessageContaining("PORTAIL_HTTP_PORT doit être un nombre entier (reçu : huit)")
                .hasMessageContaining("PORTAIL_DB_URL doit être une URL JDBC PostgreSQL")
                .hasMessageContaining("PORTAIL_DB_USER est obligatoire");
    }

    @Test
    void trusted_proxies_are_addresses_or_networks_and_none_by_default() {
        assertThat(PortalConfig.from(Map.of()).trustedProxies()).isEmpty();
        assertThat(PortalConfig.from(Map.of("PORTAIL_PROXIES_DE_CONFIANCE", " 10.0.0.5, 192.168.0.0/16 ,,"))
                .trustedProxies()).containsExactly("10.0.0.5", "192.168.0.0/16");
        assertThatThrownBy(() -> PortalConfig.from(Map.of("PORTAIL_PROXIES_DE_CONFIANCE", "10.0.0.5, proxy.example")))
                .hasMessageContaining("PORTAIL_PROXIES_DE_CONFIANCE doit lister des adresses IP ou des réseaux")
                .hasMessageContaining("(reçu : proxy.example)");
    }

    @Test
    void the_password_policy_is_chosen_per_portal_profile() {
        assertThat(PortalConfig.from(Map.of()).passwordPolicy().check("Abcdefgh1", "x")).isEmpty();
        assertThat(PortalConfig.from(Map.of("PORTAIL_PASSWORD_POLICY", "CAF")).passwordPolicy().check("Abcdefgh1", "x"))
                .extracting(fr.portailpartenaires.domain.shared.Refusal::code)
                .containsExactly("mot_de_passe.caractere_special_manquant");
        assertThat(PortalConfig.from(Map.of("PORTAIL_PASSWORD_POLICY", "RECOMMANDEE")).passwordPolicy()
                .check("correct cheval batterie agrafe", "x")).isEmpty();
        assertThatThrownBy(() -> PortalConfig.from(Map.of("PORTAIL_PASSWORD_POLICY", "FAIBLE")))
                .hasMessageContaining("PORTAIL_PASSWORD_POLICY doit valoir PPAS, CAF ou RECOMMANDEE");
    }

    @Test
    void the_news_are_read_from_the_operator_s_directory_which_must_exist(@TempDir Path dir) {
        assertThat(PortalConfig.from(Map.of()).site().newsDirectory()).isEmpty();
        assertThat(PortalConfig.from(Map.of("PORTAIL_ACTUALITES", dir.toString())).site().newsDirectory()).contains(dir);
        assertThatThrownBy(() -> PortalConfig.from(Map.of("PORTAIL_ACTUALITES", dir.resolve("absent").toString())))
                .hasMessageContaining("PORTAIL_ACTUALITES doit nommer un dossier lisible");
    }

    @Test
    void a_port_out_of_range_is_refused() {
        assertThatThrownBy(() -> PortalConfig.from(Map.of("PORTAIL_HTTP_PORT", "70000")))
                .hasMessageContaining("entre 0 et 65535");
    }

    @Test
    void postgresql_is_chosen_by_url_and_its_password_never_shown() {
        var config = PortalConfig.from(Map.of("PORTAIL_DB_URL", "jdbc:postgresql://db:5432/portail?password=secret",
                "PORTAIL_DB_USER", "portail"));
        assertThat(config.jdbcUrl()).contains("jdbc:postgresql://db:5432/portail?password=secret");
        assertThat(config.databaseDescription()).doesNotContain("secret").contains("password=***");
    }

    @Test
    void environment_variables_win_over_the_properties_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("portail.properties");
        Files.writeString(file, "PORTAIL_HTTP_PORT=9090\nPORTAIL_HTTP_HOST=0.0.0.0\n");
        var settings = Main.settings(Map.of("PORTAIL_CONFIG_FILE", file.toString(), "PORTAIL_HTTP_PORT", "9191"));
        var config = PortalConfig.from(settings);
        assertThat(config.httpPort()).isEqualTo(9191);
        assertThat(config.httpHost()).isEqualTo("0.0.0.0");
    }
}
