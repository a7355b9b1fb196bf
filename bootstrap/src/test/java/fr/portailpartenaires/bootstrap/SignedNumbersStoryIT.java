package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The caisse registers its signed convention numbers over HTTP (spec §3.4) and they decide who may register: the
 * CARSAT Nord-Picardie administrator imports a file (BOM, « ; », French dates) holding the Habitat manual's
 * ergothérapeute number 62739900; a bad file stores nothing; Léa's registration with that number passes, a second
 * one with the same number is refused, and a structure d'évaluation cannot use an ergothérapeute's number.
 */
class SignedNumbersStoryIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private static final String GOOD = "\uFEFFcode;typePartenaire;raisonSociale;dateDebut;dateFin\n"
            + "62739900;PRESTATAIRE_ERGOTHERAPEUTE;Léa Mercier Ergothérapie;01/01/2025;\n"
            + "CL19720812;STRUCTURE_EVALUATION;Association Soleil;2025-01-01;31/12/2030\n"
            + "757301;STRUCTURE_EVALUATION;Association Ciel Bleu Arras;01/01/2025;\n";

    private static List<String> column(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    @Test
    void the_caisse_imports_its_numbers_and_they_decide_who_may_register() {
        var carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        var alex = server.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
        String before = carsat.get("/api/caisse/numeros-convention?limite=200").raw();

        var bad = carsat.postRaw("/api/caisse/numeros-convention/import", "text/csv",
                ("code;typePartenaire;raisonSociale;dateDebut;dateFin\n"
                        + "62739900;PRESTATAIRE_ERGOTHERAPEUTE;Léa Mercier Ergothérapie;31/02/2025;\n"
                        + "9059003C;PLOMBIER;Dupont;01/01/2025;\n"
                        + "FP62757300;HABITAT;Habitat Plus\n").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text("message")).startsWith("Fichier refusé : aucun numéro n'a été enregistré");
        assertThat(column(bad.body().path("lines"), "status")).containsExactly("REFUSE", "REFUSE", "REFUSE");
        assertThat(bad.body().path("lines").get(0).path("reasons").get(0).asText()).contains("31/02/2025");
        assertThat(carsat.postRaw("/api/caisse/numeros-convention/import", "text/csv",
                "no;header\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(alex.postRaw("/api/caisse/numeros-convention/import", "text/csv",
                GOOD.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(carsat.get("/api/caisse/numeros-convention?limite=200").raw()).isEqualTo(before);

        var imported = carsat.postRaw("/api/caisse/numeros-convention/import", "text/csv",
                GOOD.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(column(imported.body().path("lines"), "status")).containsExactly("AJOUTE", "AJOUTE", "DEJA_PRESENT");
        var listed = carsat.get("/api/caisse/numeros-convention?limite=200").body();
        assertThat(column(listed, "code")).contains("62739900", "757300", "757301", "CL19720812");
        listed.forEach(number -> {
            if (number.path("code").asText().equals("757300")) {
                assertThat(number.path("utilise").asBoolean()).as("Ciel Bleu's convention holds it").isTrue();
            }
        });

        var added = carsat.post("/api/caisse/numeros-convention", Map.of("code", "9059003C", "typePartenaire",
                "HABITAT", "raisonSociale", "Habitat Plus", "dateDebut", "2025-01-01"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(carsat.post("/api/caisse/numeros-convention", Map.of("code", "9059003C", "typePartenaire",
                "HABITAT", "raisonSociale", "Habitat Plus", "dateDebut", "01/01/2025")).status()).isEqualTo(400);

        var evaluation = server.client();
        var wrongType = evaluation.post("/api/inscriptions", RegistrationForms.ergotherapeute(server,
                evaluation, "Eval62", "62739900", "STRUCTURE_EVALUATION", "Léa Mercier Ergothérapie"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().path("errors").path("codeConvention").get(0).asText())
                .contains("un autre type de partenaire");

        var elsewhere = server.client();
        Map<String, Object> atCnav = RegistrationForms.ergotherapeute(server,
                elsewhere, "Ailleurs62", "62739900", "PRESTATAIRE_ERGOTHERAPEUTE", "Léa Mercier Ergothérapie");
        atCnav.put("caisse", "CNAV-IDF");
        var anotherCaisse = elsewhere.post("/api/inscriptions", atCnav);
        assertThat(anotherCaisse.status()).isEqualTo(400);
        assertThat(anotherCaisse.body().path("errors").path("codeConvention").get(0).asText())
                .contains("n'est pas connu de la caisse choisie");
        int mailsBefore = server.mailbox().received().length;

        var lea = server.client();
        var registered = lea.post("/api/inscriptions", RegistrationForms.ergotherapeute(server,
                lea, "LeaErgo62", "62739900", "PRESTATAIRE_ERGOTHERAPEUTE", "Léa Mercier Ergothérapie"));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        JsonNode pending = null;
        for (JsonNode candidate : carsat.get("/api/caisse/inscriptions").body()) {
            if ("LeaErgo62".equals(candidate.path("administrateurLogin").asText())) {
                pending = candidate;
            }
        }
        assertThat(pending).isNotNull();
        assertThat(pending.path("raisonSocialeAttendue").asText()).isEqualTo("Léa Mercier Ergothérapie");
        var other = server.client();
        var second = other.post("/api/inscriptions", RegistrationForms.ergotherapeute(server,
                other, "Autre62", "62739900", "PRESTATAIRE_ERGOTHERAPEUTE", "Léa Mercier Ergothérapie"));
        assertThat(second.status()).isIn(400, 409);
        var held = server.client();
        var usedByCielBleu = held.post("/api/inscriptions", RegistrationForms.ergotherapeute(server,
                held, "Autre63", "757300", "STRUCTURE_EVALUATION", "Léa Mercier Ergothérapie"));
        assertThat(usedByCielBleu.status()).isEqualTo(400);
        assertThat(usedByCielBleu.body().path("errors").path("codeConvention").get(0).asText())
                .contains("déjà utilisé");
        assertThat(carsat.get("/api/caisse/inscriptions").raw()).doesNotContain("Ailleurs62", "Autre62", "Autre63",
                "Eval62");
        assertThat(server.mailbox().received()).as("a registration mails nobody until the caisse decides")
                .hasSize(mailsBefore);
    }
}
