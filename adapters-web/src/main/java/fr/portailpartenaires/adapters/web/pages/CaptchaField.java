package fr.portailpartenaires.adapters.web.pages;

import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Refusals;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The captcha an anonymous form shows (spec §2.1, §10.1): an image to copy, or its text alternative — a short question
 * in French a screen reader reads — chosen by a link (or, on the registration form, a button that keeps what was typed)
 * beside the image. The choice follows the form through its errors, until the visitor asks for an image again.
 *
 * @param id       what the form sends back with the answer
 * @param image    the image as a {@code data:} URL, or null for a question
 * @param question the question, or null for an image
 */
public record CaptchaField(String id, String image, String question) {

    /** The query parameter and hidden field value that ask for the question. */
    public static final String QUESTION = "question";

    /**
     * A new challenge, of the kind the request asks for; empty once the visitor's address had too many, after
     * answering the 429 page that says how long to wait.
     */
    public static Optional<CaptchaField> issue(IssueCaptcha captcha, Context ctx, Pages pages) {
        Outcome<CaptchaField> field = questionAsked(ctx)
                ? captcha.ask(ctx.ip()).map(asked -> new CaptchaField(asked.id().toString(), null, asked.text()))
                : captcha.issue(ctx.ip()).map(issued ->
                        new CaptchaField(issued.id().toString(), Pages.pngDataUrl(issued.png()), null));
        return switch (field) {
            case Outcome.Done<CaptchaField> done -> Optional.of(done.value());
            case Outcome.Refused<CaptchaField> refused -> {
                pages.refused(ctx, refused);
                yield Optional.empty();
            }
            case Outcome.Invalid<CaptchaField> invalid -> throw new IllegalStateException("A captcha has no form: " + invalid);
        };
    }

    /** The captcha errors said for a question when the form answered one (the use case says them for an image). */
    static final Map<String, String> SAID_FOR_A_QUESTION = Map.of(
            Refusals.CAPTCHA_MISSING, "Répondez à la question de sécurité.",
            Refusals.CAPTCHA_WRONG.message(), "La réponse à la question de sécurité est incorrecte : "
                    + "répondez à la nouvelle question.");

    /**
     * The form as the page shows it: when the visitor answered a question rather than copied an image, its captcha
     * errors speak of the question (the use case does not know which kind was shown).
     */
    public static Form worded(Form form, Context ctx) {
        if (!QUESTION.equals(ctx.formParam("captchaMode")) || !form.hasError("captcha")) {
            return form;
        }
        List<String> said = form.errorsOf("captcha").stream()
                .map(message -> SAID_FOR_A_QUESTION.getOrDefault(message, message)).toList();
        Map<String, List<String>> errors = form.errors().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, entry -> entry.getKey().equals("captcha") ? said : entry.getValue(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        return new Form(form.fields(), form.values(), errors);
    }

    /** No captcha (a logged-in sender). */
    public static CaptchaField none() {
        return new CaptchaField("", null, null);
    }

    public boolean isQuestion() {
        return question != null;
    }

    /**
     * The question when the link asked for it ({@code ?captcha=question}), the registration's button did
     * ({@code action=question-texte}), or the form came back with it, unless its button asked for an image again.
     */
    static boolean questionAsked(Context ctx) {
        String action = ctx.formParam("action");
        if ("question-texte".equals(action)) {
            return true;
        }
        if ("nouvelle-image".equals(action)) {
            return false;
        }
        return QUESTION.equals(ctx.queryParam("captcha")) || QUESTION.equals(ctx.formParam("captchaMode"));
    }
}
