package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.registration.JooqCaptchaStore;
import fr.portailpartenaires.adapters.persistence.registration.JooqRegistrations;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.registration.CaisseRoutes;
import fr.portailpartenaires.adapters.web.registration.PublicRoutes;
import fr.portailpartenaires.adapters.web.registration.RegistrationPages;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.application.reference.BrowseReferenceData;
import fr.portailpartenaires.application.reference.ReferenceDataService;
import fr.portailpartenaires.application.registration.CaptchaRenderer;
import fr.portailpartenaires.application.registration.CaptchaService;
import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.registration.RegisterPartnerService;
import fr.portailpartenaires.application.registration.Registrations;
import fr.portailpartenaires.application.registration.ReviewRegistrations;
import fr.portailpartenaires.application.registration.ReviewRegistrationsService;
import fr.portailpartenaires.application.shared.CaptchaCheck;
import java.time.Instant;
import java.util.List;

/** Pré-inscription with its captcha and reference lists (spec §2.1), and the caisse's review of the requests. */
public final class RegistrationFeature {

    private final CaptchaService captcha;
    private final Registrations store;
    private final RegisterPartnerService registration;
    private final ReviewRegistrationsService review;
    private final ReferenceDataService referenceData;
    private final Infrastructure infra;

    RegistrationFeature(Infrastructure infra, CaptchaRenderer captchaRenderer) {
        this.infra = infra;
        captcha = new CaptchaService(new JooqCaptchaStore(infra.database()), captchaRenderer, infra.random(),
                infra.clock());
        store = new JooqRegistrations(infra.database());
        registration = registration(captcha::verify);
        review = new ReviewRegistrationsService(store, infra.referenceData(), infra.partners(), infra.conventions(), infra.accounts(),
                infra.hasher(), infra.outbox(), infra.templates(), infra.auditLog(), infra.transactions(),
                infra.settings(), infra.random(), infra.clock());
        referenceData = new ReferenceDataService(infra.referenceData());
    }

    private RegisterPartnerService registration(CaptchaCheck captchaCheck) {
        return new RegisterPartnerService(infra.validator(), captchaCheck, infra.referenceData(),
                infra.conventionNumberUse(), store, infra.accounts(), infra.auditLog(), infra.transactions(),
                infra.settings(), infra.clock());
    }

    /**
     * The registration the demonstration's loader submits for its partners: the same use case, without the captcha
     * (the loader is no visitor to tell from a robot). Never routed, never built outside the demonstration.
     */
    RegisterPartner demonstrationRegistration() {
        return registration((id, answer) -> true);
    }

    public RegisterPartner registerPartner() {
        return registration;
    }

    public ReviewRegistrations reviewRegistrations() {
        return review;
    }

    public IssueCaptcha captcha() {
        return captcha;
    }

    public BrowseReferenceData referenceData() {
        return referenceData;
    }

    /** The captcha check the other anonymous forms share (forgotten password, contact). */
    CaptchaService captchaService() {
        return captcha;
    }

    Registrations store() {
        return store;
    }

    void purgeExpired(Instant now) {
        captcha.purgeExpired(now);
    }

    List<RouteGroup> pages(Pages pages, String cguVersion) {
        return List.of(new RegistrationPages(referenceData, captcha, registration, pages, cguVersion));
    }

    List<RouteGroup> routes(SessionCookie sessions) {
        return List.of(new PublicRoutes(referenceData, captcha, registration), new CaisseRoutes(review, sessions));
    }
}
