package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.shared.AddressForm;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.application.account.Authenticate;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.mail.MailSender;
import fr.portailpartenaires.application.shared.OutgoingMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The portal used as a library by another JVM service: no Javalin, no HTTP — a data source, a clock
 * and a mail sender in, typed use cases out. Same story on H2 and on a real PostgreSQL.
 */
class EmbeddedPortalIT {

    /** The embedding service's own mail sender (here it just keeps the mails). */
    static final class KeptMails implements MailSender {
        final List<OutgoingMail> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(OutgoingMail mail) {
            sent.add(mail);
        }
    }

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");

    @Test
    void the_story_runs_embedded_on_h2() {
        runStory(DataSources.h2InMemory("embedded-" + System.nanoTime()));
    }

    @Test
    void the_story_runs_embedded_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            runStory(postgres.getPostgresDatabase());
        }
    }

    private void runStory(DataSource dataSource) {
        var clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        var mails = new KeptMails();
        var captchas = new RecordingCaptchaRenderer();
        try (Portal portal = Portal.builder()
                .dataSource(dataSource)
                .clock(clock)
                .mailSender(mails)
                .captchaRenderer(captchas)
                .backgroundJobs(false)
                .build()) {
            DemoData.load(portal, clock);
            portal.sendDueMails();
            assertThat(mails.sent).as("the demonstration's accounts are mailed their temporary passwords")
                    .extracting(mail -> mail.recipient()).contains("alexandre.grizzi@cielbleu.example");
            mails.sent.clear();

            var captcha = ((Outcome.Done<IssueCaptcha.Captcha>) portal.registration().captcha().issue("10.0.0.1"))
                    .value();
            var form = new RegisterPartner.RegistrationForm("2024-01", true, true, "CNAV", "CARSAT-NORD-PICARDIE",
                    "757301", "STRUCTURE_EVALUATION", "Association Ciel Bleu Lens", null, "0321000000",
                    new AddressForm(null, null, "12", null, "Rue de Lille", null, "62300", "Lens", null, null),
                    new RegisterPartner.AdministratorForm("SOLEIL", "Solange", "Solange778", "solange@cielbleu.example",
                            "0321000001"),
                    captcha.id(), captchas.lastText());
            assertThat(portal.registration().registerPartner().register(form, "10.0.0.1"))
                    .isInstanceOf(Outcome.Done.class);

            var caisse = loggedIn(portal.account().authenticate(), DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
            var principal = portal.account().authenticate().resolve(caisse.sessionId()).orElseThrow();
            var pending = ((Outcome.Done<List<fr.portailpartenaires.application.registration.ReviewRegistrations.PendingRegistration>>)
                    portal.registration().reviewRegistrations().pending(principal, java.util.Optional.empty(), 10)).value();
            assertThat(pending).extracting(p -> p.administrateurLogin()).containsExactly("Solange778");
            var id = new fr.portailpartenaires.domain.convention.RegistrationId(pending.get(0).id());
            assertThat(portal.registration().reviewRegistrations().validate(principal, id, "10.0.0.2")).isInstanceOf(Outcome.Done.class);

            assertThat(mails.sent).isEmpty();
            assertThat(portal.sendDueMails()).isEqualTo(1);
            assertThat(mails.sent).singleElement().satisfies(mail -> {
                assertThat(mail.recipient()).isEqualTo("solange@cielbleu.example");
                assertThat(mail.textBody()).contains("Solange778");
            });
            Matcher matcher = TEMPORARY_PASSWORD.matcher(mails.sent.get(0).textBody());
            assertThat(matcher.find()).isTrue();

            var admin = loggedIn(portal.account().authenticate(), "Solange778", matcher.group(1));
            assertThat(admin.mustChangePassword()).isTrue();
            var adminPrincipal = portal.account().authenticate().resolve(admin.sessionId()).orElseThrow();
            assertThat(portal.partner().myPartner().view(adminPrincipal)).isInstanceOf(Outcome.Refused.class);
            var changed = portal.account().authenticate().changePassword(adminPrincipal, matcher.group(1), "Lens62300", "Lens62300", "10.0.0.3");
            assertThat(changed).isInstanceOf(Outcome.Done.class);
            var newSession = ((Outcome.Done<Authenticate.LoggedIn>) changed).value().sessionId();
            var view = portal.partner().myPartner().view(portal.account().authenticate().resolve(newSession).orElseThrow());
            assertThat(view).isInstanceOfSatisfying(Outcome.Done.class,
                    done -> assertThat(done.value()).hasFieldOrPropertyWithValue("nom", "Association Ciel Bleu Lens"));
            assertThat(portal.auditLog().verifyChain())
                    .isInstanceOf(fr.portailpartenaires.application.shared.AuditLog.Intact.class);
        }
    }

    private static Authenticate.LoggedIn loggedIn(Authenticate authenticate, String login, String password) {
        var outcome = authenticate.login(login, password, "10.0.0.9");
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<Authenticate.LoggedIn>) outcome).value();
    }
}
