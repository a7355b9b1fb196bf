package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.web.Java2dCaptchaRenderer;
import fr.portailpartenaires.application.registration.CaptchaRenderer;

/**
 * Draws real captcha images and remembers the last text drawn, so a test can "read" the image as a
 * person would (the server itself keeps only a hash of the answer).
 */
final class RecordingCaptchaRenderer implements CaptchaRenderer {

    private final CaptchaRenderer real = new Java2dCaptchaRenderer();
    private volatile String lastText;

    @Override
    public byte[] png(String text) {
        lastText = text;
        return real.png(text);
    }

    String lastText() {
        return lastText;
    }
}
