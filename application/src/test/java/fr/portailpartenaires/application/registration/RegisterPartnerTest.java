package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.application.testing.RegistrationFormBuilder;
import fr.portailpartenaires.application.testing.ScriptedCaptcha;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.EtatInscription;
import fr.portailpartenaires.domain.convention.Registration;
import fr.portailpartenaires.domain.reference.CaisseCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Self-registration of a partner (spec §2.1): the seed's form, and every way a form can be wrong. */
class RegisterPartnerTest {

    private final PortalFixture portal = new PortalFixture();

    private void assertNothingStored() {
        assertThat(portal.registrations.all()).as("registrations").isEmpty();
        assertThat(portal.audit.events()).as("audit trail").isEmpty();
        assertThat(portal.mails()).as("outbox").isEmpty();
        assertThat(portal.transactions.opened()).as("transactions opened").isZero();
    }

    @Nested
    class The_seed_registration {

        @Test
        void stores_one_pending_registration_with_what_was_typed() {
            RegisterPartner.Submitted submitted = done(portal.register(portal.seedForm()));

            assertThat(portal.registrations.all()).hasSize(1);
            Registration<RegistrationDetails> stored = portal.registrations.find(submitted.id()).orElseThrow().registration();
            assertThat(stored.etat()).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
            assertThat(stored.submittedAt()).isEqualTo(PortalFixture.T0);
            assertThat(stored.cgu().version()).isEqualTo(PortalSettings.PPAS.cguVersion());
            assertThat(stored.convention().caisse().code()).isEqualTo(InMemoryReferenceData.CARSAT_NORD_PICARDIE);
            assertThat(stored.convention().code().value()).isEqualTo("757301");
            RegistrationDetails details = stored.form();
            assertThat(details.partnerName().value()).isEqualTo("Association Ciel Bleu");
            assertThat(details.siret().orElseThrow().value()).isEqualTo(RegistrationFormBuilder.VALID_SIRET);
            assertThat(details.phone().display()).isEqualTo("03 02 01 05 09");
            assertThat(details.address().codePostal().value()).isEqualTo("62000");
            assertThat(details.address().commune()).isEqualTo("Arras");
            assertThat(details.administrator().login().value()).isEqualTo("Alex7");
            assertThat(details.administrator().lastName().value()).isEqualTo("GRIZZI");
        }

        @Test
        void records_one_registration_submitted_event_and_sends_no_mail() {
            RegisterPartner.Submitted submitted = done(portal.register(portal.seedForm()));

            assertThat(portal.audit.events()).singleElement().satisfies(event -> {
                assertThat(event.action()).isEqualTo(AuditAction.REGISTRATION_SUBMITTED.code());
                assertThat(event.actor()).isEqualTo(AuditEvent.ANONYMOUS);
                assertThat(event.scope()).contains("CARSAT-NORD-PICARDIE");
                assertThat(event.target()).contains("registration:" + submitted.id().value());
                assertThat(event.sourceAddress()).contains(PortalFixture.FROM);
            });
            assertThat(portal.mails()).isEmpty();
        }

        @Test
        void may_be_typed_with_spaces_in_the_siret_and_the_phone_and_without_siret() {
            var spaced = portal.seedForm();
            spaced.siret = "123 456 782 98741";
            spaced.telephone = "03 02 01 05 09";
            done(portal.register(spaced));

            var withoutSiret = portal.seedForm();
            withoutSiret.codeConvention = "757300";
            withoutSiret.login = "Solange778";
            withoutSiret.siret = "";
            done(portal.register(withoutSiret));

            assertThat(portal.registrations.all()).extracting(r -> r.form().siret().map(s -> s.value()))
                    .containsExactly(Optional.of(RegistrationFormBuilder.VALID_SIRET), Optional.empty());
        }
    }

    @Nested
    class A_form_with_a_missing_mandatory_field {

        static Stream<Arguments> mandatoryFields() {
            return Stream.of(
                    missing("cguVersion", f -> f.cguVersion = null,
                            "La version des conditions générales d'utilisation acceptée est obligatoire."),
                    missing("regime", f -> f.regime = " ", "Le régime est obligatoire."),
                    missing("caisse", f -> f.caisse = null, "La caisse est obligatoire."),
                    missing("codeConvention", f -> f.codeConvention = "", "Le code convention est obligatoire."),
                    missing("typePartenaire", f -> f.typePartenaire = null, "Le type de partenaire est obligatoire."),
                    missing("nomPartenaire", f -> f.nomPartenaire = "  ", "Le nom du partenaire est obligatoire."),
                    missing("telephone", f -> f.telephone = null, "Le numéro de téléphone est obligatoire."),
                    missing("adresse", f -> f.withAddress = false, "L'adresse est obligatoire."),
                    missing("adresse.codePostal", f -> f.codePostal = " ", "Le code postal est obligatoire."),
                    missing("adresse.commune", f -> f.commune = null, "La commune est obligatoire."),
                    missing("administrateur", f -> f.withAdministrator = false, "Le premier administrateur est obligatoire."),
                    missing("administrateur.nom", f -> f.nom = "", "Le nom de l'administrateur est obligatoire."),
                    missing("administrateur.prenom", f -> f.prenom = null, "Le prénom de l'administrateur est obligatoire."),
                    missing("administrateur.login", f -> f.login = " ", "L'identifiant est obligatoire."),
                    missing("administrateur.email", f -> f.email = null, "L'adresse e-mail est obligatoire."),
                    missing("administrateur.telephone", f -> f.adminTelephone = "", "Le téléphone de l'administrateur est obligatoire."),
                    missing("captcha", f -> f.captcha = " ", "Recopiez le code de sécurité affiché dans l'image."));
        }

        private static Arguments missing(String field, Consumer<RegistrationFormBuilder> change, String message) {
            return Arguments.of(field, change, message);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mandatoryFields")
        void is_refused_on_that_field_alone_in_french_and_stores_nothing(String field,
                Consumer<RegistrationFormBuilder> change, String message) {
            var form = portal.seedForm();
            change.accept(form);

            Map<String, List<String>> errors = invalid(portal.register(form));

            assertThat(errors).containsOnlyKeys(field);
            assertThat(errors.get(field)).containsExactly(message);
            assertThat(portal.captcha.verifications()).as("captcha checks").isEqualTo(1);
            assertNothingStored();
        }
    }

    @Nested
    class A_form_with_a_malformed_field {

        static Stream<Arguments> malformedFields() {
            return Stream.of(
                    malformed("the seed's SIRET, whose Luhn key fails", "siret", f -> f.siret = RegistrationFormBuilder.SEED_SIRET,
                            "Le numéro SIRET est invalide (clé de contrôle) : vérifiez les 14 chiffres."),
                    malformed("a SIRET of 13 digits", "siret", f -> f.siret = "1234567829874",
                            "Le numéro SIRET doit comporter exactement 14 chiffres."),
                    malformed("a phone of 8 digits", "telephone", f -> f.telephone = "03020105",
                            "Le numéro de téléphone doit comporter 10 chiffres et commencer par 0, "
                                    + "au format nn nn nn nn nn (par exemple 03 02 01 05 09)."),
                    malformed("an administrator's phone with letters", "administrateur.telephone",
                            f -> f.adminTelephone = "03 02 01 05 AB",
                            "Le numéro de téléphone doit comporter 10 chiffres et commencer par 0, "
                                    + "au format nn nn nn nn nn (par exemple 03 02 01 05 09)."),
                    malformed("a postal code of 4 digits", "adresse.codePostal", f -> f.codePostal = "6200",
                            "Le code postal doit comporter exactement 5 chiffres (par exemple 62000)."),
                    malformed("a mail without @", "administrateur.email", f -> f.email = "alexandre.grizzi.ciel-bleu.example",
                            "L'adresse e-mail n'est pas valide (format attendu : nom@domaine.fr)."),
                    malformed("a login with an accent", "administrateur.login", f -> f.login = "Aléx7",
                            "L'identifiant ne doit contenir que des lettres sans accent et des chiffres "
                                    + "(ni espace, ni apostrophe, ni autre caractère spécial)."),
                    malformed("a login with a space", "administrateur.login", f -> f.login = "Alex 7",
                            "L'identifiant ne doit contenir que des lettres sans accent et des chiffres "
                                    + "(ni espace, ni apostrophe, ni autre caractère spécial)."),
                    malformed("a convention code with a dash", "codeConvention", f -> f.codeConvention = "757-300",
                            "Le code convention comporte de 4 à 12 lettres et chiffres, sans espace ni tiret (par exemple 757300 ou FP62757300)."),
                    malformed("an unknown partner type", "typePartenaire", f -> f.typePartenaire = "PLOMBIER",
                            "Le type de partenaire est inconnu."),
                    malformed("the CGU not accepted", "cguAcceptees", f -> f.cguAcceptees = false,
                            "Vous devez accepter les conditions générales d'utilisation (« J'accepte »)."),
                    malformed("no convention held", "conventionDetenue", f -> f.conventionDetenue = false,
                            "Vous devez détenir un numéro de convention signée avec votre caisse pour vous inscrire :"
                                    + " contactez votre caisse."),
                    malformed("an older CGU version", "cguVersion", f -> f.cguVersion = "2019-01",
                            "Les conditions générales d'utilisation ont changé : relisez-les et acceptez la version en vigueur."),
                    malformed("a wrong captcha", "captcha", f -> f.captcha = "Wrong1",
                            "Le code de sécurité saisi est incorrect : recopiez le nouveau code affiché."),
                    malformed("a captcha typed in the wrong case", "captcha", f -> f.captcha = ScriptedCaptcha.ANSWER.toLowerCase(),
                            "Le code de sécurité saisi est incorrect : recopiez le nouveau code affiché."),
                    malformed("an unknown caisse", "caisse", f -> f.caisse = "CARSAT-ATLANTIDE", "Cette caisse est inconnue."),
                    malformed("a caisse of another régime", "caisse", f -> f.regime = "MSA",
                            "Cette caisse n'appartient pas au régime choisi."),
                    malformed("a convention number the caisse does not know", "codeConvention", f -> f.codeConvention = "757399",
                            "Ce numéro de convention n'est pas connu de la caisse choisie : vérifiez-le ou contactez votre caisse."),
                    malformed("a convention number of another caisse", "codeConvention", f -> f.caisse = "CNAV-IDF",
                            "Ce numéro de convention n'est pas connu de la caisse choisie : vérifiez-le ou contactez votre caisse."));
        }

        private static Arguments malformed(String description, String field, Consumer<RegistrationFormBuilder> change,
                String message) {
            return Arguments.of(description, field, change, message);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("malformedFields")
        void is_refused_on_that_field_in_french_and_stores_nothing(String description, String field,
                Consumer<RegistrationFormBuilder> change, String message) {
            var form = portal.seedForm();
            change.accept(form);

            Map<String, List<String>> errors = invalid(portal.register(form));

            assertThat(errors).containsOnlyKeys(field);
            assertThat(errors.get(field)).containsExactly(message);
            assertNothingStored();
        }

        @Test
        void every_error_is_reported_at_once() {
            var form = portal.seedForm();
            form.siret = RegistrationFormBuilder.SEED_SIRET;
            form.telephone = "0302";
            form.codePostal = "620";
            form.email = "grizzi@";
            form.captcha = "nope";

            Map<String, List<String>> errors = invalid(portal.register(form));

            assertThat(errors).containsOnlyKeys("siret", "telephone", "adresse.codePostal", "administrateur.email", "captcha");
            assertThat(errors.values()).allSatisfy(messages -> assertThat(messages).hasSize(1));
            assertNothingStored();
        }

        @Test
        void an_unknown_regime_is_reported_on_the_regime_field() {
            var form = portal.seedForm();
            form.regime = "RSI";

            Map<String, List<String>> errors = invalid(portal.register(form));

            assertThat(errors).containsKey("regime");
            assertThat(errors).doesNotContainKey("caisse");
            assertNothingStored();
        }
    }

    @Nested
    class The_captcha {

        @Test
        void is_checked_exactly_once_per_attempt_and_must_be_typed_again_after_an_error() {
            var form = portal.seedForm();
            form.telephone = "03";
            invalid(portal.register(form));
            assertThat(portal.captcha.verifications()).isEqualTo(1);

            form.telephone = "0302010509";
            Map<String, List<String>> errors = invalid(portal.register(form));

            assertThat(portal.captcha.verifications()).isEqualTo(2);
            assertThat(errors).containsOnlyKeys("captcha");
            assertNothingStored();

            form.captchaId = portal.captcha.issue();
            done(portal.register(form));
            assertThat(portal.captcha.verifications()).isEqualTo(3);
        }

        @Test
        void without_its_challenge_id_is_wrong() {
            var form = portal.seedForm();
            form.captchaId = null;

            Map<String, List<String>> errors = invalid(portal.register(form));

            assertThat(errors).containsOnlyKeys("captcha");
            assertThat(errors.get("captcha")).containsExactly(Refusals.CAPTCHA_WRONG.message());
            assertNothingStored();
        }
    }

    @Nested
    class A_login_already_taken {

        @Test
        void by_an_account_is_refused_whatever_its_case() {
            portal.caisseAdministrator(CaisseCode.of("CNAV-IDF"), "alex7", "Secret2025");

            Map<String, List<String>> errors = invalid(portal.register(portal.seedForm()));

            assertThat(errors).containsOnlyKeys("administrateur.login");
            assertThat(errors.get("administrateur.login"))
                    .containsExactly("Cet identifiant est déjà utilisé : choisissez-en un autre.");
            assertNothingStored();
        }

        @Test
        void by_a_pending_registration_is_refused_whatever_its_case() {
            portal.registered(portal.seedForm());
            var other = portal.seedForm();
            other.codeConvention = "757300";
            other.login = "ALEX7";

            Map<String, List<String>> errors = invalid(portal.register(other));

            assertThat(errors).containsOnlyKeys("administrateur.login");
            assertThat(errors.get("administrateur.login"))
                    .containsExactly("Cet identifiant est déjà utilisé : choisissez-en un autre.");
            assertThat(portal.registrations.all()).hasSize(1);
            assertThat(portal.audit.events()).hasSize(1);
        }

        @Test
        void is_not_told_while_the_captcha_is_wrong_whereas_every_format_error_is() {
            portal.caisseAdministrator(CaisseCode.of("CNAV-IDF"), "alex7", "Secret2025");
            var taken = portal.seedForm();
            taken.captcha = "Wrong1";
            taken.telephone = "0302";
            var free = portal.seedForm();
            free.captcha = "Wrong1";
            free.telephone = "0302";
            free.login = "Libre42";

            Map<String, List<String>> errors = invalid(portal.register(taken));

            assertThat(errors).containsOnlyKeys("telephone", "captcha");
            assertThat(invalid(portal.register(free))).as("the answer for a free login").isEqualTo(errors);
        }

        @Test
        void a_malformed_login_is_still_reported_with_a_wrong_captcha() {
            var form = portal.seedForm();
            form.captcha = "Wrong1";
            form.login = "Alex 7";

            assertThat(invalid(portal.register(form))).containsOnlyKeys("administrateur.login", "captcha");
        }

        @Test
        void is_reported_together_with_the_other_field_errors() {
            portal.caisseAdministrator(CaisseCode.of("CNAV-IDF"), "alex7", "Secret2025");
            var form = portal.seedForm();
            form.telephone = "0302";

            assertThat(invalid(portal.register(form))).containsOnlyKeys("administrateur.login", "telephone");
        }
    }

    @Nested
    class Attempts_from_one_address {

        private static final String ELSEWHERE = "198.51.100.7";

        @Test
        void are_throttled_after_twenty_whatever_their_outcome_without_consuming_the_captcha() {
            for (int attempt = 1; attempt <= 20; attempt++) {
                var form = portal.seedForm();
                form.captcha = "Wrong" + attempt;
                invalid(portal.register(form));
            }

            var refused = refused(portal.register(portal.seedForm()), Reason.TOO_MANY_REQUESTS);

            assertThat(refused.refusal().message()).isEqualTo("Trop de demandes envoyées. Réessayez dans 1 minute.");
            assertThat(refused.retryAfter()).contains(java.time.Duration.ofMinutes(1));
            assertThat(portal.captcha.verifications()).as("captcha checks").isEqualTo(20);
            assertThat(portal.registrations.all()).isEmpty();
        }

        @Test
        void do_not_hold_another_address_and_may_go_on_after_the_wait() {
            for (int attempt = 1; attempt <= 20; attempt++) {
                var form = portal.seedForm();
                form.captcha = "Wrong" + attempt;
                invalid(portal.register(form));
            }
            var other = portal.seedForm();
            other.codeConvention = "757300";
            other.login = "Solange778";
            done(portal.registration.register(other.build(), ELSEWHERE));

            portal.clock.advance(java.time.Duration.ofMinutes(1));

            done(portal.register(portal.seedForm()));
        }
    }

    @Nested
    class A_second_registration_for_the_same_convention_code {

        @Test
        void is_refused_as_a_conflict_while_the_first_is_pending() {
            portal.registered(portal.seedForm());
            var twin = portal.seedForm();
            twin.login = "Solange778";
            twin.nomPartenaire = "Ciel Bleu bis";

            var refused = refused(portal.register(twin), Reason.CONFLICT);

            assertThat(refused.refusal().code()).isEqualTo("inscription.deja_en_attente");
            assertThat(refused.refusal().message()).contains("757301");
            assertThat(portal.registrations.all()).hasSize(1);
            assertThat(portal.audit.events()).hasSize(1);
        }

        @Test
        void is_accepted_for_another_code_of_the_same_caisse() {
            portal.registered(portal.seedForm());
            var other = portal.seedForm();
            other.codeConvention = "757300";
            other.login = "Solange778";

            done(portal.register(other));

            assertThat(portal.registrations.all()).extracting(r -> r.convention().code())
                    .containsExactly(ConventionCode.of("757301"), ConventionCode.of("757300"));
        }
    }
}
