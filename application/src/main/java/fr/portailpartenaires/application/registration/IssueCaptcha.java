package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.shared.Components;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * Captcha of the public forms (registration, forgotten password, contact): a new challenge to
 * show, or a fresh one in place of one the user cannot read. Answers are checked by the use case
 * of the form, once (spec §2.1). Each source address gets a limited number in a row: drawing an image costs the
 * server, and an unlimited supply helps whoever tries to read them by machine.
 */
@UseCase
public interface IssueCaptcha {

    /** A new challenge for a visitor at this source address; {@code TOO_MANY_REQUESTS} once it asked for too many. */
    Outcome<Captcha> issue(String sourceAddress);

    /**
     * A new challenge as a short question in French for people who cannot read the image (spec §10.1: « Combien font
     * trois plus quatre ? »), answered in digits or in words; checked like the image's, once. Counted like an image.
     */
    Outcome<Question> ask(String sourceAddress);

    /** A new challenge replacing {@code previous}, which stops answering. Counted like a new one. */
    Outcome<Captcha> refresh(UUID previous, String sourceAddress);

    /**
     * @param id   what the form sends back with the typed answer
     * @param text the question to show as text (a screen reader reads it)
     */
    record Question(UUID id, String text) {

        public Question {
            Components.required(Question.class, id, text);
        }
    }

    /**
     * @param id  what the form sends back with the typed answer
     * @param png the image to show
     */
    record Captcha(UUID id, byte[] png) {

        public Captcha {
            Objects.requireNonNull(id, "id");
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Captcha that && id.equals(that.id) && Arrays.equals(png, that.png);
        }

        @Override
        public int hashCode() {
            return 31 * id.hashCode() + Arrays.hashCode(png);
        }

        @Override
        public String toString() {
            return "Captcha[id=" + id + ", png=" + png.length + " bytes]";
        }
    }
}
