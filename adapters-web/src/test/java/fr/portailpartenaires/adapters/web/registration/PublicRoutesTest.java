package fr.portailpartenaires.adapters.web.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.portailpartenaires.adapters.web.Anonymous;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.domain.convention.RegistrationId;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/inscriptions}: the body is the adapter's record, mapped to the command; the answer's sentence is the adapter's. */
class PublicRoutesTest {

    private static final UUID REGISTRATION = UUID.fromString("5a1c0e2e-8a4b-4f7e-9a57-2b0c51f0a001");
    private static final UUID CAPTCHA = UUID.fromString("5a1c0e2e-8a4b-4f7e-9a57-2b0c51f0a002");

    private final AtomicReference<RegisterPartner.RegistrationForm> received = new AtomicReference<>();
    private Javalin app;

    @BeforeEach
    void start() {
        RegisterPartner registration = (form, sourceAddress) -> {
            received.set(form);
            return Outcome.done(new RegisterPartner.Submitted(new RegistrationId(REGISTRATION)));
        };
        app = PortalApp.create(Anonymous.sessions(), List.of(new PublicRoutes(null, null, registration)))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void a_registration_is_read_with_the_form_s_french_names_and_answered_with_the_seed_s_success_sentence()
            throws Exception {
        String body = """
                {"cguVersion": "2024-01", "cguAcceptees": true, "conventionDetenue": true, "regime": "RG",
                 "caisse": "CARSAT-NORD-PICARDIE", "codeConvention": "757301", "typePartenaire": "STRUCTURE_EVALUATION",
                 "nomPartenaire": "Association Soleil", "siret": "73282932000074", "telephone": "03 21 00 00 00",
                 "adresse": {"numero": "3", "typeEtLibelleVoie": "rue de l'Église", "codePostal": "62000",
                             "commune": "Arras"},
                 "administrateur": {"nom": "Martin", "prenom": "Anne", "login": "AnneM62", "email": "anne@exemple.fr",
                                    "telephone": "03 21 00 00 01"},
                 "captchaId": "%s", "captcha": "AB12"}""".formatted(CAPTCHA);

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/api/inscriptions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        var json = new ObjectMapper().readTree(answer.body());
        assertThat(json.path("id").asText()).isEqualTo(REGISTRATION.toString());
        assertThat(json.path("message").asText())
                .isEqualTo("Votre préinscription est terminée. Votre demande est en attente de validation par la caisse.");
        RegisterPartner.RegistrationForm form = received.get();
        assertThat(form.cguAcceptees()).isTrue();
        assertThat(form.nomPartenaire()).isEqualTo("Association Soleil");
        assertThat(form.adresse().typeEtLibelleVoie()).isEqualTo("rue de l'Église");
        assertThat(form.adresse().commune()).isEqualTo("Arras");
        assertThat(form.administrateur().login()).isEqualTo("AnneM62");
        assertThat(form.administrateur().telephone()).isEqualTo("03 21 00 00 01");
        assertThat(form.captchaId()).isEqualTo(CAPTCHA);
    }
}
