package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.CaptchaCheck;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link CaptchaCheck} whose every challenge reads {@link #ANSWER} (case-sensitive) and
 * answers once, like {@link CaptchaService}; counts the verifications.
 */
public final class ScriptedCaptcha implements CaptchaCheck {

    public static final String ANSWER = "Hq7Rd2";

    private final Set<UUID> live = new HashSet<>();
    private int verifications;

    /** A new challenge, as shown on the form. */
    public synchronized UUID issue() {
        UUID id = UUID.randomUUID();
        live.add(id);
        return id;
    }

    @Override
    public synchronized boolean verify(UUID id, String answer) {
        verifications++;
        return live.remove(id) && ANSWER.equals(answer);
    }

    public synchronized int verifications() {
        return verifications;
    }
}
