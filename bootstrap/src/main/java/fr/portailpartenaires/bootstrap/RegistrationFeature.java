package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.account.JooqLoginAttempts;
import fr.portailpartenaires.adapters.persistence.registration.JooqCaptchaStore;
import fr.portailpartenaires.adapters.persistence.registration.JooqRegistrations;
import fr.portailpartenaires.application.reference.BrowseReferenceData;
import fr.portailpartenaires.application.reference.ReferenceDataService;
import fr.portailpartenaires.application.registration.CaptchaRenderer;
import fr.portailpartenaires.application.registration.CaptchaService;
import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.registration.QuestionsOnlyCaptcha;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.registration.RegisterPartnerService;
import fr.portailpartenaires.application.registration.RegistrationPorts;
import fr.portailpartenaires.application.registration.Registrations;
import fr.portailpartenaires.application.registration.ReviewRegistrations;
import fr.portailpartenaires.application.registration.ReviewRegistrationsService;
import fr.portailpartenaires.application.shared.CaptchaCheck;
import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.shared.RequestThrottling;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Pré-inscription with its captcha and reference lists (spec §2.1), and the caisse's review of the requests. */
public final class RegistrationFeature {

    /** Counters that keep nothing: the demonstration's attempts are never throttled. */
    private static final LoginAttempts UNCOUNTED = new LoginAttempts() {
        @Override
        public Optional<State> find(Key key) {
            return Optional.empty();
        }

        @Override
        public Map<Key, State> findAll(Collection<Key> keys) {
            return Map.of();
        }

        @Override
        public State count(Key key, Instant now, Instant forgottenAtOrBefore) {
            return new State(1, now, null);
        }

        @Override
        public void lockUntil(Key key, Instant until) {
            // nothing kept
        }

        @Override
        public void clear(Collection<Key> keys) {
            // nothing kept
        }

        @Override
        public int purgeQuietSince(Scope scope, Instant lastFailureAtOrBefore) {
            return 0;
        }
    };

    private final CaptchaService captcha;
    private final IssueCaptcha issueCaptcha;
    private final RequestThrottling captchaThrottling;
    private final RequestThrottling throttling;
    private final Registrations store;
    private final RegistrationPorts ports;
    private final RegisterPartnerService registration;
    private final ReviewRegistrationsService review;
    private final ReferenceDataService referenceData;
    private final Infrastructure infra;

    /** @param captchaRenderer empty: image captchas are refused, the text question is the captcha */
    RegistrationFeature(Infrastructure infra, Optional<CaptchaRenderer> captchaRenderer) {
        this.infra = infra;
        var counters = new JooqLoginAttempts(infra.database());
        captchaThrottling = new RequestThrottling(counters, LoginAttempts.Scope.CAPTCHA_ADDRESS,
                RequestThrottling.CAPTCHAS_PER_ADDRESS).audited(infra.auditLog());
        captcha = new CaptchaService(new JooqCaptchaStore(infra.database()),
                captchaRenderer.orElse(QuestionsOnlyCaptcha.NO_RENDERER), captchaThrottling, infra.random(), infra.clock());
        issueCaptcha = captchaRenderer.isPresent() ? captcha : new QuestionsOnlyCaptcha(captcha);
        store = new JooqRegistrations(infra.database());
        ports = new RegistrationPorts(store, infra.referenceData(), infra.conventionNumberUse(), infra.accounts(),
                infra.partners(), infra.conventions(), infra.settings());
        throttling = throttling(counters).audited(infra.auditLog());
        registration = registration(captcha::verify, throttling);
        review = new ReviewRegistrationsService(infra.support(), ports, infra.temporaryPasswords());
        referenceData = new ReferenceDataService(infra.referenceData());
    }

    private static RequestThrottling throttling(LoginAttempts attempts) {
        return new RequestThrottling(attempts, LoginAttempts.Scope.REGISTRATION_ADDRESS,
                RequestThrottling.REGISTRATIONS_PER_ADDRESS);
    }

    private RegisterPartnerService registration(CaptchaCheck captchaCheck, RequestThrottling perAddress) {
        return new RegisterPartnerService(infra.support(), ports, captchaCheck, perAddress);
    }

    /**
     * The registration the demonstration's loader submits for its partners: the same use case, without the captcha
     * and without counting its attempts (the loader is no visitor to tell from a robot, and its address would be held
     * for the visitors of a demonstration on one machine). Never routed, never built outside the demonstration.
     */
    RegisterPartner demonstrationRegistration() {
        return registration((id, answer) -> true, throttling(UNCOUNTED));
    }

    public RegisterPartner registerPartner() {
        return registration;
    }

    public ReviewRegistrations reviewRegistrations() {
        return review;
    }

    /** The captcha of the public forms: an image and a text question, or only the question without a renderer. */
    public IssueCaptcha captcha() {
        return issueCaptcha;
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
        captchaThrottling.purgeForgotten(now);
        throttling.purgeForgotten(now);
    }
}
