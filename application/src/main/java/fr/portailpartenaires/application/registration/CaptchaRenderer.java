package fr.portailpartenaires.application.registration;

/** Draws a captcha's text as a distorted image that people read and scripts do not. */
public interface CaptchaRenderer {

    /** The text drawn as a PNG image (the same text gives a different image on each call). */
    byte[] png(String text);
}
