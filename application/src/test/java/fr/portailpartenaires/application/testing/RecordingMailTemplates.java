package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.RenderedMail;
import fr.portailpartenaires.application.shared.MailTemplates;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link MailTemplates} that writes each mail from its parameters' {@code toString()} (which hides temporary
 * passwords) and remembers the parameters, so a test reads what the use case chose to say.
 */
public final class RecordingMailTemplates implements MailTemplates {

    private final List<MailParameters> rendered = new ArrayList<>();

    @Override
    public synchronized RenderedMail render(MailParameters parameters) {
        rendered.add(parameters);
        return new RenderedMail(parameters.template(), "Objet : " + parameters.template(), "Texte : " + parameters,
                "<p>" + parameters + "</p>");
    }

    public synchronized List<MailParameters> rendered() {
        return List.copyOf(rendered);
    }

    public synchronized <T extends MailParameters> List<T> rendered(Class<T> type) {
        return rendered.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
