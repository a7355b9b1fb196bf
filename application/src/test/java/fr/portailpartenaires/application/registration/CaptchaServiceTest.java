package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.testing.InMemoryCaptchaStore;
import fr.portailpartenaires.application.testing.InMemoryLoginAttempts;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.registration.IssueCaptcha.Captcha;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaptchaServiceTest {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

    /** Draws nothing: the "image" is the text, so that the test can read what the user would. */
    private static final class TextRenderer implements CaptchaRenderer {
        @Override
        public byte[] png(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = T0;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final InMemoryCaptchaStore store = new InMemoryCaptchaStore();
    private final MovableClock clock = new MovableClock();
    private final InMemoryLoginAttempts counters = new InMemoryLoginAttempts();
    private final CaptchaService captchas = new CaptchaService(store, new TextRenderer(),
            new RequestThrottling(counters, LoginAttempts.Scope.CAPTCHA_ADDRESS, RequestThrottling.CAPTCHAS_PER_ADDRESS),
            new Random(7), clock);
    /** Each challenge of the tests but {@link Counting_per_address}'s goes to a visitor of its own. */
    private int visitors;

    private String nextVisitor() {
        return "2001:db8::" + Integer.toHexString(++visitors);
    }

    private Captcha issue() {
        return done(captchas.issue(nextVisitor()));
    }

    private Captcha refresh(UUID previous) {
        return done(captchas.refresh(previous, nextVisitor()));
    }

    private IssueCaptcha.Question ask() {
        return done(captchas.ask(nextVisitor()));
    }

    private static String textOf(Captcha captcha) {
        return new String(captcha.png(), StandardCharsets.UTF_8);
    }

    @Nested
    class Issuing {

        @Test
        void a_captcha_is_six_characters_of_the_unambiguous_alphabet() {
            for (int i = 0; i < 200; i++) {
                assertThat(textOf(issue())).hasSize(6)
                        .matches("[" + CaptchaService.ALPHABET + "]{6}");
            }
        }

        @Test
        void the_alphabet_mixes_cases_and_digits_but_leaves_out_look_alike_characters() {
            assertThat(CaptchaService.ALPHABET).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]");
            for (char confusing : "0Oo1Iilj5Ss689cCkKpPuUvVwWxXzZ".toCharArray()) {
                assertThat(CaptchaService.ALPHABET).doesNotContain(String.valueOf(confusing));
            }
            assertThat(CaptchaService.ALPHABET.chars().distinct().count()).isEqualTo(CaptchaService.ALPHABET.length());
        }

        @Test
        void only_a_hash_of_the_answer_is_stored_with_an_expiry_ten_minutes_later() {
            Captcha captcha = issue();
            var stored = store.challenges.get(captcha.id());
            assertThat(stored.answerHash()).hasSize(64).matches("[0-9a-f]+").doesNotContain(textOf(captcha));
            assertThat(stored.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        }

        @Test
        void two_captchas_have_different_ids() {
            Set<UUID> ids = new HashSet<>();
            for (int i = 0; i < 100; i++) {
                ids.add(issue().id());
            }
            assertThat(ids).hasSize(100);
            assertThat(ids.iterator().next().version()).isEqualTo(4);
        }
    }

    @Nested
    class Verifying {

        @Test
        void the_right_answer_passes() {
            Captcha captcha = issue();
            assertThat(captchas.verify(captcha.id(), textOf(captcha))).isTrue();
        }

        @Test
        void spaces_around_the_answer_are_ignored() {
            Captcha captcha = issue();
            assertThat(captchas.verify(captcha.id(), "  " + textOf(captcha) + " ")).isTrue();
        }

        @Test
        void the_answer_is_case_sensitive() {
            Captcha captcha = issue();
            String text = textOf(captcha);
            String swapped = swapCase(text);
            if (swapped.equals(text)) {
                swapped = "zzzzzz";
            }
            assertThat(captchas.verify(captcha.id(), swapped)).isFalse();
        }

        @Test
        void a_captcha_answers_only_once_even_when_the_first_answer_was_right() {
            Captcha captcha = issue();
            assertThat(captchas.verify(captcha.id(), textOf(captcha))).isTrue();
            assertThat(captchas.verify(captcha.id(), textOf(captcha))).isFalse();
        }

        @Test
        void a_wrong_answer_consumes_the_captcha_so_the_user_must_type_a_new_one() {
            Captcha captcha = issue();
            assertThat(captchas.verify(captcha.id(), "mauvais")).isFalse();
            assertThat(captchas.verify(captcha.id(), textOf(captcha))).isFalse();
            assertThat(store.challenges).isEmpty();
        }

        @Test
        void a_captcha_still_answers_just_before_ten_minutes() {
            Captcha captcha = issue();
            clock.advance(Duration.ofMinutes(10).minusSeconds(1));
            assertThat(captchas.verify(captcha.id(), textOf(captcha))).isTrue();
        }

        @Test
        void a_captcha_expires_after_ten_minutes() {
            Captcha captcha = issue();
            clock.advance(Duration.ofMinutes(10));
            assertThat(captchas.verify(captcha.id(), textOf(captcha))).isFalse();
        }

        @Test
        void an_unknown_or_missing_captcha_or_answer_fails() {
            Captcha captcha = issue();
            assertThat(captchas.verify(UUID.randomUUID(), textOf(captcha))).isFalse();
            assertThat(captchas.verify(null, textOf(captcha))).isFalse();
            assertThat(captchas.verify(captcha.id(), null)).isFalse();
        }
    }

    @Nested
    class Refreshing {

        @Test
        void a_refresh_gives_a_new_captcha_and_the_old_one_stops_answering() {
            Captcha old = issue();
            Captcha fresh = refresh(old.id());
            assertThat(fresh.id()).isNotEqualTo(old.id());
            assertThat(captchas.verify(old.id(), textOf(old))).isFalse();
            assertThat(captchas.verify(fresh.id(), textOf(fresh))).isTrue();
        }

        @Test
        void refreshing_an_unknown_or_no_captcha_still_gives_a_new_one() {
            assertThat(refresh(UUID.randomUUID()).png()).isNotEmpty();
            assertThat(refresh(null).png()).isNotEmpty();
            assertThat(store.challenges).hasSize(2);
        }
    }

    @Nested
    class Counting_per_address {

        private static final String FROM = "192.0.2.10";

        @Test
        void sixty_in_a_row_are_issued_then_none_for_a_minute_and_nothing_is_drawn() {
            for (int i = 0; i < 20; i++) {
                done(captchas.issue(FROM));
                done(captchas.ask(FROM));
                done(captchas.refresh(null, FROM));
            }

            var refused = refused(captchas.issue(FROM), Outcome.Reason.TOO_MANY_REQUESTS);

            assertThat(refused.refusal().message()).isEqualTo("Trop de demandes envoyées. Réessayez dans 1 minute.");
            assertThat(refused.retryAfter()).contains(Duration.ofMinutes(1));
            assertThat(captchas.ask(FROM)).isInstanceOf(Outcome.Refused.class);
            assertThat(captchas.refresh(null, FROM)).isInstanceOf(Outcome.Refused.class);
            assertThat(store.challenges).hasSize(60);
        }

        @Test
        void another_address_is_not_held_and_the_address_goes_on_after_the_wait() {
            for (int i = 0; i < 60; i++) {
                done(captchas.issue(FROM));
            }

            done(captchas.issue("203.0.113.9"));
            clock.advance(Duration.ofMinutes(1));
            done(captchas.issue(FROM));
            refused(captchas.issue(FROM), Outcome.Reason.TOO_MANY_REQUESTS);
        }

        @Test
        void are_forgotten_after_twenty_quiet_minutes() {
            for (int i = 0; i < 59; i++) {
                done(captchas.issue(FROM));
            }
            clock.advance(Duration.ofMinutes(20));

            for (int i = 0; i < 60; i++) {
                done(captchas.issue(FROM));
            }
        }
    }

    @Nested
    class Purging {

        @Test
        void the_purge_deletes_expired_captchas_only() {
            Captcha expired = issue();
            clock.advance(Duration.ofMinutes(6));
            Captcha alive = issue();
            clock.advance(Duration.ofMinutes(4));
            assertThat(captchas.purgeExpired(clock.instant())).isEqualTo(1);
            assertThat(store.challenges).containsOnlyKeys(alive.id()).doesNotContainKey(expired.id());
        }
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder();
        for (char c : text.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return swapped.toString();
    }

    /** The text alternative (spec §10.1): a question a screen reader reads, answered in digits or words. */
    @Nested
    class A_question_in_place_of_the_image {

        private final java.util.regex.Pattern shape =
                java.util.regex.Pattern.compile("Combien font ([a-zé-]+) plus ([a-zé-]+) \\?");

        private int answerOf(IssueCaptcha.Question question) {
            var matcher = shape.matcher(question.text());
            assertThat(matcher.matches()).as(question.text()).isTrue();
            return CaptchaService.NUMBERS.indexOf(matcher.group(1)) + CaptchaService.NUMBERS.indexOf(matcher.group(2));
        }

        @Test
        void the_question_adds_two_numbers_from_one_to_nine_written_in_french() {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                var question = ask();
                assertThat(answerOf(question)).isBetween(2, 18);
                seen.add(question.text());
            }
            assertThat(seen).as("not always the same question").hasSizeGreaterThan(20);
        }

        @Test
        void it_is_answered_in_digits_or_in_words_whatever_the_case_and_hyphens() {
            for (int i = 0; i < 50; i++) {
                var question = ask();
                int answer = answerOf(question);
                String words = CaptchaService.NUMBERS.get(answer);
                String typed = switch (i % 4) {
                    case 0 -> String.valueOf(answer);
                    case 1 -> " " + words.toUpperCase(java.util.Locale.ROOT) + " ";
                    case 2 -> words.replace('-', ' ');
                    default -> words;
                };
                assertThat(captchas.verify(question.id(), typed)).as("%s → %s", question.text(), typed).isTrue();
            }
        }

        @Test
        void a_wrong_answer_fails_and_the_question_answers_once() {
            var question = ask();
            int answer = answerOf(question);
            assertThat(captchas.verify(question.id(), String.valueOf(answer + 1))).isFalse();
            assertThat(captchas.verify(question.id(), String.valueOf(answer))).as("consumed by the wrong answer").isFalse();
            var again = ask();
            assertThat(captchas.verify(again.id(), String.valueOf(answerOf(again)))).isTrue();
            assertThat(captchas.verify(again.id(), String.valueOf(answerOf(again)))).as("answers once").isFalse();
        }

        @Test
        void an_expired_question_fails() {
            var question = ask();
            clock.advance(CaptchaService.LIFETIME);
            assertThat(captchas.verify(question.id(), String.valueOf(answerOf(question)))).isFalse();
        }

        @Test
        void an_image_is_not_answered_by_a_number() {
            var image = issue();
            assertThat(captchas.verify(image.id(), "7")).isFalse();
            assertThat(CaptchaService.asNumber(textOf(issue()))).isEmpty();
        }
    }
}
