package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.InMemoryRegistrations;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.application.testing.RegistrationFormBuilder;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.registration.ReviewRegistrations.PendingRegistration;
import fr.portailpartenaires.application.registration.ReviewRegistrations.Validated;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.EtatInscription;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.password.PasswordPolicy;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The caisse reviews the registrations made with it (spec §2.1): lists, validates, invalidates, and nobody else can. */
class ReviewRegistrationsTest {

    private static final String ADMIN_MAIL = "alexandre.grizzi@ciel-bleu.example";

    private final PortalFixture portal = new PortalFixture();
    private final Principal carsat = portal.carsatAdministrator();

    private RegistrationId seedRegistration() {
        return portal.registered(portal.seedForm());
    }

    /** Another registration with CARSAT Nord-Picardie, one minute after the previous one. */
    private RegistrationId carsatRegistration(String code, String login) {
        portal.clock.advance(Duration.ofMinutes(1));
        portal.referenceData.addConventionNumber(InMemoryReferenceData.CARSAT_NORD_PICARDIE, ConventionCode.of(code));
        var form = portal.seedForm();
        form.codeConvention = code;
        form.login = login;
        form.email = login.toLowerCase() + "@partenaire.example";
        return portal.registered(form);
    }

    private RegistrationId cnavIdfRegistration() {
        portal.clock.advance(Duration.ofMinutes(1));
        portal.referenceData.addConventionNumber(InMemoryReferenceData.CNAV_IDF, ConventionCode.of("750001"));
        var form = portal.seedForm();
        form.caisse = "CNAV-IDF";
        form.codeConvention = "750001";
        form.login = "Solange778";
        form.nomPartenaire = "Ergo Paris";
        return portal.registered(form);
    }

    private static Principal partnerUser() {
        return new Principal.PartnerUser(UserId.random(), PartnerId.random(), Optional.empty(),
                new Principal.Session("session-p", "csrf-p", false, false));
    }

    private static Principal withTemporaryPassword(Principal principal) {
        return PortalFixture.withPasswordToChange(principal);
    }

    private EtatInscription etat(RegistrationId id) {
        return portal.registrations.find(id).orElseThrow().registration().etat();
    }

    @Nested
    class The_list_of_pending_registrations {

        @Test
        void shows_only_the_registrations_of_the_administrator_s_caisse_oldest_first() {
            RegistrationId seed = seedRegistration();
            cnavIdfRegistration();
            RegistrationId second = carsatRegistration("757300", "Bruno62");

            List<PendingRegistration> pending = done(portal.registrationReview.pending(carsat, Optional.empty(), 10));

            assertThat(pending).extracting(p -> new RegistrationId(p.id())).containsExactly(seed, second);
        }

        @Test
        void shows_what_the_visitor_typed_as_the_caisse_reads_it() {
            seedRegistration();

            PendingRegistration seed = done(portal.registrationReview.pending(carsat, Optional.empty(), 10)).getFirst();

            assertThat(seed.submittedAt()).isEqualTo(PortalFixture.T0);
            assertThat(seed.regime()).isEqualTo("CNAV");
            assertThat(seed.caisse()).isEqualTo("CARSAT Nord-Picardie");
            assertThat(seed.codeConvention()).isEqualTo("757301");
            assertThat(seed.typePartenaire()).isEqualTo("Structure d'évaluation");
            assertThat(seed.nomPartenaire()).isEqualTo("Association Ciel Bleu");
            assertThat(seed.siret()).isEqualTo(RegistrationFormBuilder.VALID_SIRET);
            assertThat(seed.telephone()).isEqualTo("03 02 01 05 09");
            assertThat(seed.codePostal()).isEqualTo("62000");
            assertThat(seed.commune()).isEqualTo("Arras");
            assertThat(seed.administrateurNom()).isEqualTo("GRIZZI");
            assertThat(seed.administrateurPrenom()).isEqualTo("Alexandre");
            assertThat(seed.administrateurLogin()).isEqualTo("Alex7");
            assertThat(seed.administrateurEmail()).isEqualTo(ADMIN_MAIL);
            assertThat(seed.administrateurTelephone()).isEqualTo("03 02 01 05 09");
        }

        @Test
        void is_read_page_by_page_after_the_last_one_seen() {
            RegistrationId first = seedRegistration();
            RegistrationId second = carsatRegistration("757300", "Bruno62");
            RegistrationId third = carsatRegistration("757302", "Chloe59");

            List<PendingRegistration> page1 = done(portal.registrationReview.pending(carsat, Optional.empty(), 2));
            List<PendingRegistration> page2 = done(portal.registrationReview.pending(carsat, Optional.of(new RegistrationId(page1.getLast().id())), 2));
            List<PendingRegistration> page3 = done(portal.registrationReview.pending(carsat, Optional.of(new RegistrationId(page2.getLast().id())), 2));

            assertThat(page1).extracting(p -> new RegistrationId(p.id())).containsExactly(first, second);
            assertThat(page2).extracting(p -> new RegistrationId(p.id())).containsExactly(third);
            assertThat(page3).isEmpty();
        }

        @Test
        void no_longer_shows_a_decided_registration() {
            RegistrationId validated = seedRegistration();
            RegistrationId invalidated = carsatRegistration("757300", "Bruno62");
            RegistrationId stillPending = carsatRegistration("757302", "Chloe59");
            done(portal.registrationReview.validate(carsat, validated, PortalFixture.FROM));
            done(portal.registrationReview.invalidate(carsat, invalidated, "Convention résiliée.", PortalFixture.FROM));

            assertThat(done(portal.registrationReview.pending(carsat, Optional.empty(), 10)))
                    .extracting(p -> new RegistrationId(p.id())).containsExactly(stillPending);
        }

        @Test
        void is_forbidden_to_a_partner_user_and_to_a_caisse_administrator_who_must_change_their_password() {
            seedRegistration();

            assertThat(refused(portal.registrationReview.pending(partnerUser(), Optional.empty(), 10), Reason.FORBIDDEN)
                    .refusal()).isEqualTo(ReviewRegistrationsService.CAISSE_ONLY);
            assertThat(refused(portal.registrationReview.pending(withTemporaryPassword(carsat), Optional.empty(), 10),
                    Reason.FORBIDDEN).refusal()).isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
        }
    }

    @Nested
    class Validating_a_registration {

        private final Instant validatedAt = PortalFixture.T0.plus(Duration.ofDays(1));

        private Validated validateSeed() {
            RegistrationId id = seedRegistration();
            portal.clock.advance(Duration.ofDays(1));
            return done(portal.registrationReview.validate(carsat, id, PortalFixture.FROM));
        }

        @Test
        void creates_the_partner_with_its_first_administrator() {
            Validated validated = validateSeed();

            assertThat(validated.administratorLogin()).isEqualTo("Alex7");
            Partner partner = portal.partners.find(new PartnerId(validated.partnerId())).orElseThrow();
            assertThat(partner.name().value()).isEqualTo("Association Ciel Bleu");
            assertThat(partner.siret().orElseThrow().value()).isEqualTo(RegistrationFormBuilder.VALID_SIRET);
            assertThat(partner.phone().value()).isEqualTo("0302010509");
            assertThat(partner.address().codePostal().value()).isEqualTo("62000");
            assertThat(partner.users()).singleElement().satisfies(user -> {
                assertThat(user.login().value()).isEqualTo("Alex7");
                assertThat(user.lastName().value()).isEqualTo("GRIZZI");
                assertThat(user.email().value()).isEqualTo(ADMIN_MAIL);
                assertThat(user.administrator()).isTrue();
            });
        }

        @Test
        void creates_its_first_convention_already_validated() {
            Validated validated = validateSeed();

            List<Convention> conventions = portal.conventions.of(new PartnerId(validated.partnerId())).all();
            assertThat(conventions).singleElement().isInstanceOfSatisfying(Convention.Validee.class, convention -> {
                assertThat(convention.code().value()).isEqualTo("757301");
                assertThat(convention.caisse().code()).isEqualTo(InMemoryReferenceData.CARSAT_NORD_PICARDIE);
                assertThat(convention.partnerType().code()).isEqualTo("STRUCTURE_EVALUATION");
                assertThat(convention.validatedAt()).isEqualTo(validatedAt);
                assertThat(convention.dateDeCloture()).isEmpty();
            });
        }

        @Test
        void gives_the_administrator_a_temporary_password_valid_72_hours_to_change_at_first_login() {
            Validated validated = validateSeed();

            Accounts.Credentials account = portal.accounts.findByLogin("alex7").orElseThrow();
            assertThat(account.kind()).isEqualTo(Accounts.Kind.PARTNER_USER);
            assertThat(account.partner()).contains(new PartnerId(validated.partnerId()));
            assertThat(account.mustChangePassword()).isTrue();
            assertThat(account.passwordExpiresAt()).contains(validatedAt.plus(Duration.ofHours(72)));
            assertThat(account.passwordHash()).isPresent();
        }

        @Test
        void mails_the_login_and_the_temporary_password_to_the_administrator() {
            validateSeed();

            assertThat(portal.mails()).singleElement().satisfies(mail -> {
                assertThat(mail.template()).isEqualTo(MailTemplate.VALIDATION_PREINSCRIPTION);
                assertThat(mail.recipient()).isEqualTo(ADMIN_MAIL);
                assertThat(mail.createdAt()).isEqualTo(validatedAt);
            });
            MailParameters.ValidationPreinscription parameters =
                    portal.templates.rendered(MailParameters.ValidationPreinscription.class).getFirst();
            assertThat(parameters.login()).isEqualTo("Alex7");
            assertThat(parameters.partnerName()).isEqualTo("Association Ciel Bleu");
            assertThat(parameters.caisse()).isEqualTo("CARSAT Nord-Picardie");
            assertThat(parameters.validity()).isEqualTo(Duration.ofHours(72));
            String storedHash = portal.accounts.findByLogin("alex7").orElseThrow().passwordHash().orElseThrow();
            assertThat(portal.hasher.verify(parameters.temporaryPassword(), storedHash))
                    .as("the mailed password is the stored one").isTrue();
            assertThat(PasswordPolicy.ppas().check(parameters.temporaryPassword(), "Alex7"))
                    .as("the temporary password follows the PPAS policy").isEmpty();
        }

        @Test
        void marks_the_registration_validated_and_audits_it_without_the_password() {
            RegistrationId id = seedRegistration();
            Validated validated = done(portal.registrationReview.validate(carsat, id, PortalFixture.FROM));

            assertThat(etat(id)).isEqualTo(EtatInscription.VALIDEE);
            assertThat(portal.registrations.decision(id)).contains(new InMemoryRegistrations.Decision(carsat.user(),
                    Optional.of(new PartnerId(validated.partnerId()))));
            assertThat(portal.audit.events(AuditAction.REGISTRATION_VALIDATED)).singleElement().satisfies(event -> {
                assertThat(event.actor()).isEqualTo(carsat.user().value().toString());
                assertThat(event.scope()).contains("CARSAT-NORD-PICARDIE");
                assertThat(event.target()).contains("registration:" + id.value());
                assertThat(event.sourceAddress()).contains(PortalFixture.FROM);
            });
            String temporaryPassword = portal.templates.rendered(MailParameters.ValidationPreinscription.class)
                    .getFirst().temporaryPassword();
            assertThat(portal.audit.events()).allSatisfy(event ->
                    assertThat(event.toString()).doesNotContain(temporaryPassword));
        }

        @Test
        void by_the_administrator_of_another_caisse_is_not_found_and_changes_nothing() {
            RegistrationId id = seedRegistration();
            Principal cnavIdf = portal.caisseAdministrator(InMemoryReferenceData.CNAV_IDF, "cnavidf75", "Paris2025");
            int accountsBefore = portal.accounts.size();

            var refused = refused(portal.registrationReview.validate(cnavIdf, id, PortalFixture.FROM), Reason.NOT_FOUND);

            assertThat(refused.refusal()).isEqualTo(ReviewRegistrationsService.NOT_FOUND);
            assertThat(etat(id)).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
            assertNothingCreated(accountsBefore);
            assertThat(portal.audit.events(AuditAction.REGISTRATION_VALIDATED)).isEmpty();
        }

        @Test
        void of_an_unknown_registration_is_not_found() {
            var refused = refused(portal.registrationReview.validate(carsat, new RegistrationId(UUID.randomUUID()),
                    PortalFixture.FROM), Reason.NOT_FOUND);

            assertThat(refused.refusal()).isEqualTo(ReviewRegistrationsService.NOT_FOUND);
        }

        @Test
        void is_forbidden_to_a_partner_user() {
            RegistrationId id = seedRegistration();
            int accountsBefore = portal.accounts.size();

            var refused = refused(portal.registrationReview.validate(partnerUser(), id, PortalFixture.FROM), Reason.FORBIDDEN);

            assertThat(refused.refusal()).isEqualTo(ReviewRegistrationsService.CAISSE_ONLY);
            assertThat(etat(id)).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
            assertNothingCreated(accountsBefore);
        }

        @Test
        void is_forbidden_to_a_caisse_administrator_who_must_change_their_password() {
            RegistrationId id = seedRegistration();
            int accountsBefore = portal.accounts.size();

            var refused = refused(portal.registrationReview.validate(withTemporaryPassword(carsat), id, PortalFixture.FROM),
                    Reason.FORBIDDEN);

            assertThat(refused.refusal()).isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
            assertThat(etat(id)).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
            assertNothingCreated(accountsBefore);
        }

        @Test
        void twice_is_a_conflict_and_creates_nothing_more() {
            RegistrationId id = seedRegistration();
            done(portal.registrationReview.validate(carsat, id, PortalFixture.FROM));

            var refused = refused(portal.registrationReview.validate(carsat, id, PortalFixture.FROM), Reason.CONFLICT);

            assertThat(refused.refusal().code()).isEqualTo("inscription.deja_validee");
            assertThat(portal.partners.size()).isEqualTo(1);
            assertThat(portal.conventions.size()).isEqualTo(1);
            assertThat(portal.mails()).hasSize(1);
            assertThat(portal.audit.events(AuditAction.REGISTRATION_VALIDATED)).hasSize(1);
        }

        @Test
        void is_a_conflict_when_the_login_was_given_to_another_account_meanwhile() {
            RegistrationId id = seedRegistration();
            portal.caisseAdministrator(InMemoryReferenceData.MSA_ALSACE, "ALEX7", "Alsace2025");
            int accountsBefore = portal.accounts.size();

            var refused = refused(portal.registrationReview.validate(carsat, id, PortalFixture.FROM), Reason.CONFLICT);

            assertThat(refused.refusal().code()).isEqualTo("inscription.login_attribue");
            assertThat(etat(id)).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
            assertNothingCreated(accountsBefore);
        }

        @Test
        void is_a_conflict_when_a_concurrent_transaction_takes_the_login_after_the_check() {
            RegistrationId id = seedRegistration();
            portal.accounts.takeLoginMeanwhile("alex7");
            int accountsBefore = portal.accounts.size();

            var refused = refused(portal.registrationReview.validate(carsat, id, PortalFixture.FROM), Reason.CONFLICT);

            assertThat(refused.refusal().code()).isEqualTo("inscription.login_attribue");
            assertNothingCreated(accountsBefore);
        }

        private void assertNothingCreated(int accountsBefore) {
            assertThat(portal.partners.size()).as("partners").isZero();
            assertThat(portal.conventions.size()).as("conventions").isZero();
            assertThat(portal.accounts.size()).as("accounts").isEqualTo(accountsBefore);
            assertThat(portal.mails()).as("mails").isEmpty();
        }
    }

    @Nested
    class Invalidating_a_registration {

        @Test
        void mails_the_motif_to_the_requester_and_creates_nothing() {
            RegistrationId id = seedRegistration();
            int accountsBefore = portal.accounts.size();

            done(portal.registrationReview.invalidate(carsat, id, "  Le SIRET ne correspond pas à la convention signée.  ",
                    PortalFixture.FROM));

            assertThat(etat(id)).isEqualTo(EtatInscription.INVALIDEE);
            assertThat(portal.mails()).singleElement().satisfies(mail -> {
                assertThat(mail.template()).isEqualTo(MailTemplate.INVALIDATION_PREINSCRIPTION);
                assertThat(mail.recipient()).isEqualTo(ADMIN_MAIL);
            });
            assertThat(portal.templates.rendered(MailParameters.InvalidationPreinscription.class)).containsExactly(
                    new MailParameters.InvalidationPreinscription("757301", "CARSAT Nord-Picardie",
                            "Le SIRET ne correspond pas à la convention signée."));
            assertThat(portal.partners.size()).isZero();
            assertThat(portal.conventions.size()).isZero();
            assertThat(portal.accounts.size()).isEqualTo(accountsBefore);
            assertThat(portal.accounts.loginTaken("alex7")).isFalse();
            assertThat(portal.audit.events(AuditAction.REGISTRATION_REJECTED)).singleElement()
                    .satisfies(event -> assertThat(event.target()).contains("registration:" + id.value()));
        }

        @Test
        void lets_the_partner_register_again_from_scratch_with_the_same_code_and_login() {
            RegistrationId id = seedRegistration();
            done(portal.registrationReview.invalidate(carsat, id, "Formulaire incomplet.", PortalFixture.FROM));

            RegistrationId again = portal.registered(portal.seedForm());

            assertThat(again).isNotEqualTo(id);
            assertThat(etat(again)).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
        }

        @Test
        void without_a_motif_is_invalid_on_the_motif_field_and_changes_nothing() {
            RegistrationId id = seedRegistration();

            assertThat(invalid(portal.registrationReview.invalidate(carsat, id, "   ", PortalFixture.FROM)))
                    .containsExactly(java.util.Map.entry("motif", List.of("Le motif est obligatoire.")));
            assertThat(invalid(portal.registrationReview.invalidate(carsat, id, null, PortalFixture.FROM)))
                    .containsOnlyKeys("motif");
            assertThat(etat(id)).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
            assertThat(portal.mails()).isEmpty();
            assertThat(portal.audit.events(AuditAction.REGISTRATION_REJECTED)).isEmpty();
        }

        @Test
        void with_a_euro_sign_in_the_motif_is_invalid() {
            RegistrationId id = seedRegistration();

            assertThat(invalid(portal.registrationReview.invalidate(carsat, id, "Tarif de 30 € non conforme", PortalFixture.FROM)))
                    .containsExactly(java.util.Map.entry("motif", List.of("Ne pas saisir le signe € dans le motif.")));
            assertThat(etat(id)).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
            assertThat(portal.mails()).isEmpty();
        }

        @Test
        void by_the_administrator_of_another_caisse_is_not_found() {
            RegistrationId id = seedRegistration();
            Principal msa = portal.caisseAdministrator(InMemoryReferenceData.MSA_ALSACE, "msa67", "Alsace2025");

            refused(portal.registrationReview.invalidate(msa, id, "Pas chez nous.", PortalFixture.FROM), Reason.NOT_FOUND);

            assertThat(etat(id)).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
            assertThat(portal.mails()).isEmpty();
        }

        @Test
        void is_forbidden_to_a_partner_user() {
            RegistrationId id = seedRegistration();

            refused(portal.registrationReview.invalidate(partnerUser(), id, "Non.", PortalFixture.FROM), Reason.FORBIDDEN);

            assertThat(etat(id)).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
        }

        @Test
        void after_a_validation_is_a_conflict() {
            RegistrationId id = seedRegistration();
            done(portal.registrationReview.validate(carsat, id, PortalFixture.FROM));

            var refused = refused(portal.registrationReview.invalidate(carsat, id, "Trop tard.", PortalFixture.FROM),
                    Reason.CONFLICT);

            assertThat(refused.refusal().code()).isEqualTo("inscription.deja_validee");
            assertThat(etat(id)).isEqualTo(EtatInscription.VALIDEE);
            assertThat(portal.mails()).extracting(mail -> mail.template())
                    .containsExactly(MailTemplate.VALIDATION_PREINSCRIPTION);
        }
    }
}
