package fr.portailpartenaires.application.registration;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.testing.InMemoryCaptchaStore;
import fr.portailpartenaires.application.testing.InMemoryLoginAttempts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuestionsOnlyCaptchaTest {

    private final InMemoryCaptchaStore store = new InMemoryCaptchaStore();
    private final CaptchaService service = new CaptchaService(store, QuestionsOnlyCaptcha.NO_RENDERER,
            new RequestThrottling(new InMemoryLoginAttempts(), LoginAttempts.Scope.CAPTCHA_ADDRESS,
                    RequestThrottling.CAPTCHAS_PER_ADDRESS),
            new Random(7), Clock.fixed(Instant.parse("2025-03-10T09:00:00Z"), ZoneOffset.UTC));
    private final IssueCaptcha captcha = new QuestionsOnlyCaptcha(service);

    @Test
    void an_image_is_refused_in_french_and_nothing_is_stored() {
        var refusal = refused(captcha.issue("10.0.0.1"), Outcome.Reason.NOT_FOUND).refusal();
        assertThat(refusal.message()).isEqualTo(
                "Le code de sécurité en image n'est pas disponible sur ce portail : répondez à la question.");
        refused(captcha.refresh(UUID.randomUUID(), "10.0.0.1"), Outcome.Reason.NOT_FOUND);
        assertThat(store.challenges).isEmpty();
    }

    @Test
    void the_question_is_offered_and_its_answer_checked_once() {
        var question = done(captcha.ask("10.0.0.1"));
        List<String> words = List.of(question.text().split(" "));
        assertThat(words.subList(0, 2)).containsExactly("Combien", "font");
        int answer = CaptchaService.NUMBERS.indexOf(words.get(2)) + CaptchaService.NUMBERS.indexOf(words.get(4));
        assertThat(service.verify(question.id(), String.valueOf(answer))).isTrue();
        assertThat(service.verify(question.id(), String.valueOf(answer))).isFalse();
    }
}
