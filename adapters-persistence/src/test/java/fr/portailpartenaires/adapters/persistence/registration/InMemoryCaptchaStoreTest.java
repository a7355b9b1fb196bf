package fr.portailpartenaires.adapters.persistence.registration;

import fr.portailpartenaires.application.registration.CaptchaStore;
import fr.portailpartenaires.application.testing.InMemoryCaptchaStore;
import java.util.List;
import java.util.UUID;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryCaptchaStoreTest extends CaptchaStoreContract {

    private InMemoryCaptchaStore captchas;

    @Override
    protected CaptchaStore emptyCaptchaStore() {
        captchas = new InMemoryCaptchaStore();
        return captchas;
    }

    @Override
    protected List<UUID> storedIds() {
        return List.copyOf(captchas.challenges.keySet());
    }
}
