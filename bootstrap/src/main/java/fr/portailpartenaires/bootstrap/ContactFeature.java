package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.contact.JooqContactMessages;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.contact.ContactPages;
import fr.portailpartenaires.adapters.web.contact.ContactRoutes;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.contact.ContactAssistance;
import fr.portailpartenaires.application.contact.ContactService;
import fr.portailpartenaires.application.registration.CaptchaService;
import java.time.Instant;
import java.util.List;

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

    List<RouteGroup> pages(Pages pages, IssueCaptcha captcha) {
        return List.of(new ContactPages(contact, captcha, pages));
    }

    List<RouteGroup> routes(SessionCookie sessions) {
        return List.of(new ContactRoutes(contact, sessions));
    }
}
