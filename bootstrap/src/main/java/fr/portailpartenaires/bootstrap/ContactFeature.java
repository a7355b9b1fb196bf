package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.contact.JooqContactMessages;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.contact.ContactAssistance;
import fr.portailpartenaires.application.contact.ContactService;
import fr.portailpartenaires.application.registration.CaptchaService;
import java.time.Instant;

/** « Nous contacter »: messages to the assistance, throttled per address (spec §2.4). */
public final class ContactFeature {

    private final RequestThrottling throttling;
    private final ContactService contact;

    ContactFeature(Infrastructure infra, CaptchaService captcha, RequestThrottling throttling) {
        this.throttling = throttling;
        contact = new ContactService(infra.support(), captcha::verify, infra.accounts(),
                new JooqContactMessages(infra.database()), throttling, infra.settings());
    }

    public ContactAssistance contactAssistance() {
        return contact;
    }

    void purgeExpired(Instant now) {
        throttling.purgeForgotten(now);
    }
}
