package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.domain.shared.Refusal;
import java.util.Objects;
import java.util.UUID;

/**
 * The captcha of a portal that has no {@link CaptchaRenderer} (embedded without the web adapter, which brings the
 * Java2D one): the text question (spec §10.1) is the only challenge; an image is refused with a French message saying
 * so, and is never drawn. Answers are checked by {@link CaptchaService#verify} as before.
 */
public final class QuestionsOnlyCaptcha implements IssueCaptcha {

    public static final Refusal NO_IMAGE = Refusal.of("captcha.image_indisponible");

    /** What {@link CaptchaService} draws with behind this class: nothing, as it is never asked for an image. */
    public static final CaptchaRenderer NO_RENDERER = text -> {
        throw new IllegalStateException("No CaptchaRenderer: image captchas are refused by QuestionsOnlyCaptcha");
    };

    private final IssueCaptcha questions;

    /** @param questions the captcha service whose questions are offered (built with {@link #NO_RENDERER}) */
    public QuestionsOnlyCaptcha(IssueCaptcha questions) {
        this.questions = Objects.requireNonNull(questions, "questions");
    }

    @Override
    public Outcome<Captcha> issue(String sourceAddress) {
        return Outcome.refused(Outcome.Reason.NOT_FOUND, NO_IMAGE);
    }

    @Override
    public Outcome<Question> ask(String sourceAddress) {
        return questions.ask(sourceAddress);
    }

    @Override
    public Outcome<Captcha> refresh(UUID previous, String sourceAddress) {
        return Outcome.refused(Outcome.Reason.NOT_FOUND, NO_IMAGE);
    }
}
