package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.web.Java2dCaptchaRenderer;
import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.shared.Outcome;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * The portal finds its captcha renderer through {@link java.util.ServiceLoader} (ADR 23): the web adapter's Java2D
 * one when the web adapter is on the class path; without any, the text question is the only captcha.
 */
class CaptchaRendererLookupTest {

    @Test
    void the_web_adapter_registers_its_java2d_renderer() {
        assertThat(Portal.builder().captchaRenderer()).containsInstanceOf(Java2dCaptchaRenderer.class);
    }

    @Test
    void a_renderer_given_to_the_builder_wins() {
        var given = new RecordingCaptchaRenderer();
        assertThat(Portal.builder().captchaRenderer(given).captchaRenderer()).containsSame(given);
    }

    @Test
    void without_a_registered_renderer_images_are_refused_and_the_question_is_offered() throws Exception {
        try (var nothingRegistered = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
                HikariDataSource dataSource = DataSources.h2InMemory("no-renderer-" + System.nanoTime());
                Portal portal = Portal.builder().dataSource(dataSource).backgroundJobs(false)
                        .captchaRenderers(nothingRegistered).build()) {
            IssueCaptcha captcha = portal.registration().captcha();
            assertThat(captcha.issue("10.0.0.1")).isInstanceOfSatisfying(Outcome.Refused.class, refused ->
                    assertThat(refused.refusal().message()).isEqualTo(
                            "Le code de sécurité en image n'est pas disponible sur ce portail : répondez à la question."));
            assertThat(captcha.refresh(null, "10.0.0.1")).isInstanceOf(Outcome.Refused.class);
            assertThat(captcha.ask("10.0.0.1")).isInstanceOfSatisfying(Outcome.Done.class, done ->
                    assertThat(((IssueCaptcha.Question) done.value()).text()).startsWith("Combien font "));
        }
    }
}
