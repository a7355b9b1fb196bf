package fr.portailpartenaires.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pré-inscription form an ergothérapeute of Arras sends, with a fresh captcha read from the test renderer. */
final class RegistrationForms {

    private RegistrationForms() {
    }

    /** A mutable form: a test may change a field before sending it. */
    static Map<String, Object> ergotherapeute(PortalExtension server, PortalClient visitor, String login, String code,
            String partnerType, String partnerName) {
        JsonNode captcha = visitor.post("/api/captchas", "").body();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("cguVersion", "2024-01");
        form.put("cguAcceptees", true);
        form.put("conventionDetenue", true);
        form.put("regime", "CNAV");
        form.put("caisse", "CARSAT-NORD-PICARDIE");
        form.put("codeConvention", code);
        form.put("typePartenaire", partnerType);
        form.put("nomPartenaire", partnerName);
        form.put("telephone", "03 21 00 00 00");
        form.put("adresse", Map.of("numero", "12", "typeEtLibelleVoie", "Rue des Augustines", "codePostal", "62000",
                "commune", "Arras"));
        form.put("administrateur", Map.of("nom", "MERCIER", "prenom", "Léa", "login", login,
                "email", login.toLowerCase() + "@ergo.example", "telephone", "0321000000"));
        form.put("captchaId", captcha.path("id").asText());
        form.put("captcha", server.captchaAnswer());
        return form;
    }
}
