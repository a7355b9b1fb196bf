package fr.portailpartenaires.application.shared;

import java.util.UUID;

/** Checks a captcha answer, consuming the challenge whatever the answer (every anonymous form asks one). */
@FunctionalInterface
public interface CaptchaCheck {

    boolean verify(UUID id, String answer);
}
