package fr.portailpartenaires.adapters.persistence.registration;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAPTCHA_CHALLENGE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.account.JooqLoginAttempts;
import fr.portailpartenaires.application.registration.CaptchaService;
import fr.portailpartenaires.application.registration.CaptchaStore;
import fr.portailpartenaires.application.registration.CaptchaStore.Challenge;
import fr.portailpartenaires.application.registration.IssueCaptcha.Captcha;
import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.RequestThrottling;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

/** {@link CaptchaStoreContract} on a database table: no answer in it, and a take joins the use case's transaction. */
abstract class JooqCaptchaStoreContract extends CaptchaStoreContract {

    protected abstract Database database();

    @Override
    protected CaptchaStore emptyCaptchaStore() {
        database().dsl().deleteFrom(CAPTCHA_CHALLENGE).execute();
        return new JooqCaptchaStore(database());
    }

    @Override
    protected List<UUID> storedIds() {
        return database().dsl().fetch(CAPTCHA_CHALLENGE).getValues(CAPTCHA_CHALLENGE.ID);
    }

    @Test
    void through_the_service_the_database_holds_no_answer_and_a_captcha_answers_once() {
        CaptchaService captchas = new CaptchaService(store, text -> text.getBytes(StandardCharsets.UTF_8),
                new RequestThrottling(new JooqLoginAttempts(database()), LoginAttempts.Scope.CAPTCHA_ADDRESS,
                        RequestThrottling.CAPTCHAS_PER_ADDRESS),
                new Random(5), Clock.fixed(T0, ZoneOffset.UTC));
        Captcha captcha = ((Outcome.Done<Captcha>) captchas.issue("192.0.2.10")).value();
        String answer = new String(captcha.png(), StandardCharsets.UTF_8);
        Record row = database().dsl().selectFrom(CAPTCHA_CHALLENGE).fetchSingle();
        for (Object value : row.intoArray()) {
            assertThat(String.valueOf(value)).doesNotContain(answer);
        }
        assertThat(row.get(CAPTCHA_CHALLENGE.EXPIRES_AT).toInstant()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(captchas.verify(captcha.id(), answer)).isTrue();
        assertThat(captchas.verify(captcha.id(), answer)).isFalse();
    }

    @Test
    void a_take_rolled_back_with_its_use_case_leaves_the_challenge_in_place() {
        Challenge saved = challenge(T0);
        store.save(saved);
        try {
            database().inTransaction(() -> {
                store.take(saved.id());
                throw new IllegalStateException("panne simulée");
            });
        } catch (IllegalStateException expected) {
            // the use case failed after taking the captcha
        }
        assertThat(store.take(saved.id())).contains(saved);
    }
}
