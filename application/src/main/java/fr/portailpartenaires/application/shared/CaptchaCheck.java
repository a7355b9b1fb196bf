package fr.portailpartenaires.application.shared;

import java.util.UUID;

/** Checks a captcha answer, consuming the challenge whatever the answer (every anonymous form asks one). */
@FunctionalInterface
public interface CaptchaCheck {

    boolean verify(UUID id, String answer);

    /**
     * Checks the answer a form carries in its {@code captcha} field, consuming the challenge: a missing or wrong answer
     * is an error of that field (unless the form's constraints already reported one there).
     *
     * @return whether the answer was right
     */
    default boolean check(UUID id, String answer, FormErrors errors) {
        boolean right = id != null && answer != null && verify(id, answer);
        if (!right && !errors.has("captcha")) {
            errors.add("captcha", answer == null || answer.isBlank()
                    ? Refusals.CAPTCHA_MISSING : Refusals.CAPTCHA_WRONG.message());
        }
        return right;
    }
}
