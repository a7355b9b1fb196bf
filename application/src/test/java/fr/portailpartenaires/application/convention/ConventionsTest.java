package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.WorkingConvention;
import fr.portailpartenaires.application.shared.ConventionTermsInput;
import fr.portailpartenaires.application.testing.InMemoryConventions;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.convention.ManageConventions.ConventionChange;
import fr.portailpartenaires.application.convention.ManageConventions.ConventionRequest;
import fr.portailpartenaires.application.convention.ManageConventions.ConventionView;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.convention.ReviewConventionRequests.PendingConvention;
import fr.portailpartenaires.application.convention.SelectConvention.Selection;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.application.shared.Session;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Conventions tab of a partner, the review of its requests by their caisse, and the convention selector
 * (spec §3.3, §3.4), on in-memory ports.
 */
class ConventionsTest {

    private static final CaisseCode CARSAT = InMemoryReferenceData.CARSAT_NORD_PICARDIE;
    private static final CaisseCode CNAV_IDF = InMemoryReferenceData.CNAV_IDF;
    private static final String MOTIF = "Ce numéro correspond à une convention d'un autre partenaire.";

    private final PortalFixture portal = new PortalFixture();
    private Team cielBleu;
    private Team soleil;
    private Principal carsat;
    private Principal cnavIdf;

    /** A partner with two administrators and a plain user, holding convention 757300 validated by CARSAT. */
    private record Team(PartnerId partner, UserId administrator, UserId secondAdministrator, UserId user,
            ConventionId validated, String mailPrefix) {

        String mail(int user) {
            return mailPrefix + user + "@partenaire.example";
        }
    }

    @BeforeEach
    void seed() {
        List.of("757302", "757303", "757304").forEach(code -> portal.referenceData.addConventionNumber(CARSAT, ConventionCode.of(code)));
        portal.referenceData.addConventionNumber(CNAV_IDF, ConventionCode.of("750001"));
        cielBleu = team("Association Ciel Bleu", "cielbleu");
        soleil = team("Soleil Services", "soleil");
        carsat = portal.caisseAdministrator(CARSAT, "AdminCarsat", "Carsat2025");
        cnavIdf = portal.caisseAdministrator(CNAV_IDF, "AdminCnav", "Cnav2025idf");
    }

    private Team team(String name, String prefix) {
        PartnerId id = PartnerId.random();
        UserId admin = portal.nextUserId();
        UserId second = portal.nextUserId();
        UserId user = portal.nextUserId();
        Partner partner = Partner.register(id, PartnerName.of(name), Optional.empty(), PhoneNumber.of("0302010509"),
                        PostalAddress.builder().numero("107").typeEtLibelleVoie("Esplanade de Madrid")
                                .codePostal("62000").commune("Arras").build(),
                        newUser(admin, prefix, 1, true))
                .createUser(admin, newUser(second, prefix, 2, true))
                .flatMap(registered -> registered.createUser(admin, newUser(user, prefix, 3, false)))
                .orElseThrow();
        portal.storePartner(partner);
        ConventionId validated = new ConventionId(UUID.randomUUID());
        portal.conventions.add(new Convention.Validee(validated, id.value(), terms(CARSAT, "757300"),
                PortalFixture.T0.minus(Duration.ofDays(30)), PortalFixture.T0.minus(Duration.ofDays(29)),
                Optional.empty()));
        return new Team(id, admin, second, user, validated, prefix);
    }

    private static PartnerUser newUser(UserId id, String prefix, int number, boolean administrator) {
        return new PartnerUser(id, Login.of(prefix + number), LastName.of("MARTIN"), FirstName.of("Claire"),
                Optional.empty(), EmailAddress.of(prefix + number + "@partenaire.example"), administrator);
    }

    private ConventionTerms terms(CaisseCode caisse, String code) {
        return new ConventionTerms(portal.referenceData.caisse(caisse).orElseThrow(), ConventionCode.of(code),
                PartnerType.STRUCTURE_EVALUATION);
    }

    /** The principal of a live session of the user, as the web adapter resolves it. */
    private Principal session(Team team, UserId user) {
        Session session = portal.sessions.open(SubjectKind.PARTNER_USER, user.value().toString(),
                team.partner().value().toString(), false, portal.clock.instant());
        return portal.authentication.resolve(session.id()).orElseThrow();
    }

    private Principal again(Principal principal) {
        return portal.authentication.resolve(principal.sessionId()).orElseThrow();
    }

    private Principal administrator(Team team) {
        return session(team, team.administrator());
    }

    private Outcome<ConventionView> request(Principal principal, String regime, String caisse, String code) {
        return portal.conventionService.request(principal,
                new ConventionRequest(regime, caisse, code, "STRUCTURE_EVALUATION"), PortalFixture.FROM);
    }

    private ConventionView requested(Team team, CaisseCode caisse, String code) {
        String regime = portal.referenceData.caisse(caisse).orElseThrow().regime().value();
        return done(request(administrator(team), regime, caisse.value(), code));
    }

    private List<ConventionView> list(Team team) {
        return done(portal.conventionService.list(session(team, team.user())));
    }

    private static ConventionId id(ConventionView view) {
        return new ConventionId(view.id());
    }

    private List<String> recipients() {
        return portal.mails().stream().map(OutgoingMail::recipient).toList();
    }

    /** Only a registered number, signed for that type, in force and not in use, may be requested (spec §3.4). */
    @Nested
    class Signed_numbers {

        private Outcome<ConventionView> soleilAsks(String code) {
            return request(administrator(soleil), "CNAV", "CARSAT-NORD-PICARDIE", code);
        }

        @Test
        void a_number_held_by_a_convention_in_force_or_a_pending_request_is_in_use_for_everyone_else() {
            ConventionView validated = requested(cielBleu, CARSAT, "757303");
            done(portal.conventionReview.validateRequest(carsat, id(validated), PortalFixture.FROM));
            assertThat(invalid(soleilAsks("757303")))
                    .containsEntry("codeConvention", List.of(ConventionTermsInput.IN_USE));
            requested(cielBleu, CARSAT, "757302");
            assertThat(invalid(soleilAsks("757302")))
                    .containsEntry("codeConvention", List.of(ConventionTermsInput.IN_USE));
            assertThat(list(soleil)).extracting(ConventionView::code).containsExactly("757300");
        }

        @Test
        void an_invalidation_frees_the_number_and_so_does_the_closure_of_its_convention_from_that_day() {
            ConventionView pending = requested(cielBleu, CARSAT, "757302");
            done(portal.conventionReview.invalidateRequest(carsat, id(pending), MOTIF, PortalFixture.FROM));
            assertThat(done(soleilAsks("757302")).code()).isEqualTo("757302");

            ConventionView held = requested(cielBleu, CARSAT, "757303");
            done(portal.conventionReview.validateRequest(carsat, id(held), PortalFixture.FROM));
            var closing = new CloseConventionService(portal.support, portal.conventionPorts);
            LocalDate tomorrow = fr.portailpartenaires.domain.shared.BusinessTime.dateOf(portal.clock.instant())
                    .plusDays(1);
            done(closing.close(carsat, new CloseConvention.Closure(id(held), tomorrow), PortalFixture.FROM));
            assertThat(invalid(soleilAsks("757303")))
                    .containsEntry("codeConvention", List.of(ConventionTermsInput.IN_USE));
            portal.clock.advance(Duration.ofDays(1));
            assertThat(done(soleilAsks("757303")).code()).isEqualTo("757303");
        }

        @Test
        void a_number_signed_for_another_type_or_out_of_its_dates_is_refused_with_its_reason() {
            LocalDate today = fr.portailpartenaires.domain.shared.BusinessTime.dateOf(portal.clock.instant());
            portal.referenceData.addSignedNumber(fr.portailpartenaires.domain.convention.SignedConventionNumber.of(
                    CARSAT, ConventionCode.of("62739900"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE,
                    PartnerName.of("Léa Mercier"), today, Optional.empty()).orElseThrow());
            portal.referenceData.addSignedNumber(fr.portailpartenaires.domain.convention.SignedConventionNumber.of(
                    CARSAT, ConventionCode.of("CL19720812"), PartnerType.STRUCTURE_EVALUATION,
                    PartnerName.of("Soleil Services"), today.plusDays(10), Optional.empty()).orElseThrow());

            assertThat(invalid(soleilAsks("62739900"))).containsEntry("codeConvention",
                    List.of(fr.portailpartenaires.domain.convention.SignedConventionNumber.WRONG_TYPE.message()));
            assertThat(invalid(soleilAsks("CL19720812"))).containsEntry("codeConvention",
                    List.of(fr.portailpartenaires.domain.convention.SignedConventionNumber.NOT_IN_FORCE.message()));
            portal.clock.advance(Duration.ofDays(10));
            assertThat(done(soleilAsks("CL19720812")).code()).isEqualTo("CL19720812");
        }
    }

    @Nested
    class A_partner_administrator {

        @Test
        void requests_a_convention_which_waits_for_its_caisse() {
            ConventionView view = requested(cielBleu, CARSAT, "757302");

            assertThat(view.code()).isEqualTo("757302");
            assertThat(view.regime()).isEqualTo("CNAV");
            assertThat(view.caisse()).isEqualTo("CARSAT Nord-Picardie");
            assertThat(view.typePartenaire()).isEqualTo("Structure d'évaluation");
            assertThat(view.etat()).isEqualTo("en attente de validation");
            assertThat(list(cielBleu)).extracting(ConventionView::code, ConventionView::etat)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("757300", "validée"),
                            org.assertj.core.groups.Tuple.tuple("757302", "en attente de validation"));
            assertThat(portal.audit.events()).last().satisfies(event -> {
                assertThat(event.action()).isEqualTo("CONVENTION_REQUESTED");
                assertThat(event.actor()).isEqualTo(cielBleu.administrator().value().toString());
                assertThat(event.target()).contains("convention:" + view.id());
                assertThat(event.details()).containsEntry("conventionCode", "757302");
            });
            assertThat(portal.mails()).isEmpty();
        }

        @Test
        void gets_every_field_error_at_once_and_nothing_is_stored() {
            var errors = invalid(portal.conventionService.request(administrator(cielBleu),
                    new ConventionRequest("", "CAISSE-INCONNUE", "757", "PLOMBIER"), PortalFixture.FROM));

            assertThat(errors).containsOnlyKeys("regime", "caisse", "codeConvention", "typePartenaire");
            assertThat(errors.get("regime")).containsExactly("Le régime est obligatoire.");
            assertThat(errors.get("caisse")).containsExactly("Cette caisse est inconnue.");
            assertThat(errors.get("codeConvention")).containsExactly(
                    "Le code convention comporte de 4 à 12 lettres et chiffres, sans espace ni tiret (par exemple 757300 ou FP62757300).");
            assertThat(errors.get("typePartenaire")).containsExactly("Le type de partenaire est inconnu.");
            assertThat(list(cielBleu)).hasSize(1);
        }

        @Test
        void cannot_name_a_caisse_of_another_regime_nor_a_code_its_caisse_did_not_sign() {
            assertThat(invalid(request(administrator(cielBleu), "MSA", "CARSAT-NORD-PICARDIE", "757302")))
                    .containsOnlyKeys("caisse")
                    .containsEntry("caisse", List.of("Cette caisse n'appartient pas au régime choisi."));
            assertThat(invalid(request(administrator(cielBleu), "CNAV", "CNAV-IDF", "757302")))
                    .containsOnlyKeys("codeConvention");
            assertThat(list(cielBleu)).hasSize(1);
        }

        @Test
        void cannot_request_a_code_the_partner_holds_pending_or_valid() {
            requested(cielBleu, CARSAT, "757302");

            assertThat(invalid(request(administrator(cielBleu), "CNAV", "CARSAT-NORD-PICARDIE", "757300")))
                    .containsEntry("codeConvention", List.of("Le partenaire détient déjà la convention n° 757300."));
            assertThat(invalid(request(administrator(cielBleu), "CNAV", "CARSAT-NORD-PICARDIE", "757302")))
                    .containsEntry("codeConvention", List.of("Le partenaire détient déjà la convention n° 757302."));
            assertThat(list(cielBleu)).hasSize(2);
        }

        @Test
        void may_request_again_a_code_whose_request_was_invalidated() {
            ConventionView first = requested(cielBleu, CARSAT, "757302");
            done(portal.conventionReview.invalidateRequest(carsat, id(first), MOTIF, PortalFixture.FROM));
            portal.clock.advance(Duration.ofMinutes(5));

            ConventionView second = requested(cielBleu, CARSAT, "757302");

            assertThat(list(cielBleu)).extracting(ConventionView::id, ConventionView::etat).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(cielBleu.validated().value(), "validée"),
                    org.assertj.core.groups.Tuple.tuple(first.id(), "invalidée"),
                    org.assertj.core.groups.Tuple.tuple(second.id(), "en attente de validation"));
        }

        @Test
        void a_second_pending_request_slipping_past_the_check_is_refused_by_the_store() {
            ConventionView first = requested(cielBleu, CARSAT, "757302");
            var twin = new Convention.EnAttenteDeValidation(new ConventionId(UUID.randomUUID()),
                    cielBleu.partner().value(), terms(CARSAT, "757302"), portal.clock.instant());

            assertThat(portal.conventions.add(twin)).isFalse();
            assertThat(list(cielBleu)).extracting(ConventionView::id).contains(first.id()).hasSize(2);
        }
    }

    @Nested
    class Other_callers_of_the_partner_tab {

        @Test
        void a_plain_user_lists_the_conventions_but_cannot_request_one() {
            Principal user = session(cielBleu, cielBleu.user());

            assertThat(done(portal.conventionService.list(user))).hasSize(1);
            assertThat(refused(request(user, "CNAV", "CARSAT-NORD-PICARDIE", "757302"), Reason.FORBIDDEN).refusal())
                    .isEqualTo(ConventionDesk.ADMINISTRATORS_ONLY);
            assertThat(list(cielBleu)).hasSize(1);
            assertThat(portal.audit.events()).noneMatch(event -> event.action().startsWith("CONVENTION"));
        }

        @Test
        void a_user_who_must_change_their_password_is_refused_everything() {
            Principal base = administrator(cielBleu);
            Principal temporary = PortalFixture.withPasswordToChange(base);

            refused(portal.conventionService.list(temporary), Reason.FORBIDDEN);
            refused(request(temporary, "CNAV", "CARSAT-NORD-PICARDIE", "757302"), Reason.FORBIDDEN);
            refused(portal.conventionSelection.selection(temporary), Reason.FORBIDDEN);
            assertThat(list(cielBleu)).hasSize(1);
        }

        @Test
        void a_caisse_administrator_has_no_partner_tab() {
            refused(portal.conventionService.list(carsat), Reason.FORBIDDEN);
            refused(request(carsat, "CNAV", "CARSAT-NORD-PICARDIE", "757302"), Reason.FORBIDDEN);
            assertThat(list(cielBleu)).hasSize(1);
        }

        @Test
        void each_partner_sees_only_its_own_conventions() {
            ConventionView mine = requested(cielBleu, CARSAT, "757302");

            assertThat(list(soleil)).extracting(ConventionView::id).containsExactly(soleil.validated().value())
                    .doesNotContain(mine.id());
        }
    }

    @Nested
    class The_caisse {

        @Test
        void follows_all_its_conventions_by_type_and_etat_page_by_page_and_no_other_caisse_s() {
            var follow = new FollowCaisseConventionsService(portal.support, portal.conventionPorts);
            ConventionView pending = requested(cielBleu, CARSAT, "757302");
            requested(cielBleu, CNAV_IDF, "750001");
            var all = done(follow.conventions(carsat, FollowCaisseConventions.Filter.none(), Optional.empty(), 10));
            assertThat(all).extracting(FollowCaisseConventions.CaisseConvention::code)
                    .containsExactly("757300", "757300", "757302");
            assertThat(all).extracting(FollowCaisseConventions.CaisseConvention::nomPartenaire)
                    .contains("Association Ciel Bleu", "Soleil Services");

            assertThat(done(follow.conventions(carsat, new FollowCaisseConventions.Filter(null,
                    "en_attente_de_validation"), Optional.empty(), 10)))
                    .extracting(FollowCaisseConventions.CaisseConvention::id).containsExactly(pending.id());
            assertThat(done(follow.conventions(carsat, new FollowCaisseConventions.Filter("HABITAT", null),
                    Optional.empty(), 10))).isEmpty();
            var firstPage = done(follow.conventions(carsat, FollowCaisseConventions.Filter.none(), Optional.empty(), 2));
            assertThat(done(follow.conventions(carsat, FollowCaisseConventions.Filter.none(),
                    Optional.of(new ConventionId(firstPage.getLast().id())), 2))).hasSize(1);
            assertThat(invalid(follow.conventions(carsat, new FollowCaisseConventions.Filter("PLOMBIER", "FINIE"),
                    Optional.empty(), 10))).containsKeys("typePartenaire", "etat");
            assertThat(done(follow.conventions(cnavIdf, FollowCaisseConventions.Filter.none(), Optional.empty(), 10)))
                    .extracting(FollowCaisseConventions.CaisseConvention::code).containsExactly("750001");
            refused(follow.conventions(administrator(cielBleu), FollowCaisseConventions.Filter.none(),
                    Optional.empty(), 10), Reason.FORBIDDEN);
        }

        @Test
        void lists_the_pending_requests_of_its_own_caisse_oldest_first_page_by_page() {
            ConventionView first = requested(cielBleu, CARSAT, "757302");
            portal.clock.advance(Duration.ofMinutes(1));
            ConventionView second = requested(soleil, CARSAT, "757304");
            portal.clock.advance(Duration.ofMinutes(1));
            ConventionView third = requested(cielBleu, CARSAT, "757303");
            ConventionView elsewhere = requested(cielBleu, CNAV_IDF, "750001");

            List<PendingConvention> page = done(portal.conventionReview.pendingRequests(carsat, Optional.empty(), 2));
            assertThat(page).extracting(PendingConvention::id).containsExactly(first.id(), second.id());
            assertThat(page.getFirst().nomPartenaire()).isEqualTo("Association Ciel Bleu");
            assertThat(page.getFirst().partenaire()).isEqualTo(cielBleu.partner().value());
            assertThat(page.get(1).nomPartenaire()).isEqualTo("Soleil Services");
            assertThat(done(portal.conventionReview.pendingRequests(carsat, Optional.of(id(second)), 2)))
                    .extracting(PendingConvention::id).containsExactly(third.id());
            assertThat(done(portal.conventionReview.pendingRequests(cnavIdf, Optional.empty(), 20)))
                    .extracting(PendingConvention::id).containsExactly(elsewhere.id());
        }

        @Test
        void validates_a_request_and_mails_every_administrator_of_the_partner() {
            ConventionView request = requested(cielBleu, CARSAT, "757302");

            var decided = done(portal.conventionReview.validateRequest(carsat, id(request), PortalFixture.FROM));

            assertThat(decided.etat()).isEqualTo("validée");
            assertThat(list(cielBleu)).extracting(ConventionView::etat).containsExactly("validée", "validée");
            assertThat(done(portal.conventionReview.pendingRequests(carsat, Optional.empty(), 20))).isEmpty();
            assertThat(recipients()).containsExactlyInAnyOrder(cielBleu.mail(1), cielBleu.mail(2));
            assertThat(portal.templates.rendered(MailParameters.ValidationConvention.class))
                    .containsExactly(new MailParameters.ValidationConvention("757302", "CARSAT Nord-Picardie"));
            AuditEvent event = portal.audit.events().getLast();
            assertThat(event.action()).isEqualTo("CONVENTION_VALIDATED");
            assertThat(event.scope()).contains("CARSAT-NORD-PICARDIE");
            assertThat(event.target()).contains("convention:" + request.id());
        }

        @Test
        void invalidates_a_request_with_a_motif_and_mails_every_administrator_of_the_partner() {
            ConventionView request = requested(cielBleu, CARSAT, "757302");

            var decided = done(portal.conventionReview.invalidateRequest(carsat, id(request), MOTIF, PortalFixture.FROM));

            assertThat(decided.etat()).isEqualTo("invalidée");
            assertThat(list(cielBleu)).extracting(ConventionView::etat).containsExactly("validée", "invalidée");
            assertThat(recipients()).containsExactlyInAnyOrder(cielBleu.mail(1), cielBleu.mail(2));
            assertThat(portal.mails()).allSatisfy(mail ->
                    assertThat(mail.template()).isEqualTo(fr.portailpartenaires.application.shared.MailTemplate.INVALIDATION_CONVENTION));
            assertThat(portal.templates.rendered(MailParameters.InvalidationConvention.class))
                    .containsExactly(new MailParameters.InvalidationConvention("757302", "CARSAT Nord-Picardie"));
            assertThat(portal.audit.events().getLast().action()).isEqualTo("CONVENTION_REJECTED");
        }

        @Test
        void must_give_a_motif_to_invalidate() {
            ConventionView request = requested(cielBleu, CARSAT, "757302");

            assertThat(invalid(portal.conventionReview.invalidateRequest(carsat, id(request), "  ", PortalFixture.FROM)))
                    .containsEntry("motif", List.of("Le motif est obligatoire."));
            assertThat(list(cielBleu)).extracting(ConventionView::etat).containsExactly("validée", "en attente de validation");
            assertThat(portal.mails()).isEmpty();
        }

        @Test
        void cannot_decide_twice() {
            ConventionView request = requested(cielBleu, CARSAT, "757302");
            done(portal.conventionReview.validateRequest(carsat, id(request), PortalFixture.FROM));
            int mails = portal.mails().size();

            refused(portal.conventionReview.validateRequest(carsat, id(request), PortalFixture.FROM), Reason.CONFLICT);
            refused(portal.conventionReview.invalidateRequest(carsat, id(request), MOTIF, PortalFixture.FROM),
                    Reason.CONFLICT);
            assertThat(portal.mails()).hasSize(mails);
        }

        @Test
        void a_decision_on_a_request_decided_meanwhile_is_refused_and_changes_nothing() {
            ConventionView request = requested(cielBleu, CARSAT, "757302");
            var racing = new RacingConventions(portal.conventions);
            var service = new ReviewConventionRequestsService(portal.support,
                    new ConventionPorts(portal.partners, racing, portal.referenceData, portal.numberUse, portal.sessions));
            int auditEvents = portal.audit.events().size();

            assertThat(refused(service.validateRequest(carsat, id(request), PortalFixture.FROM), Reason.CONFLICT)
                    .refusal()).isEqualTo(ConventionDesk.CHANGED_MEANWHILE);
            assertThat(portal.mails()).isEmpty();
            assertThat(portal.audit.events()).hasSize(auditEvents);
        }

        @Test
        void of_another_caisse_neither_sees_nor_decides_the_requests() {
            ConventionView request = requested(cielBleu, CARSAT, "757302");

            assertThat(done(portal.conventionReview.pendingRequests(cnavIdf, Optional.empty(), 20))).isEmpty();
            assertThat(refused(portal.conventionReview.validateRequest(cnavIdf, id(request), PortalFixture.FROM),
                    Reason.NOT_FOUND).refusal()).isEqualTo(ConventionDesk.NOT_FOUND);
            refused(portal.conventionReview.invalidateRequest(cnavIdf, id(request), MOTIF, PortalFixture.FROM),
                    Reason.NOT_FOUND);
            refused(portal.conventionReview.validateRequest(cnavIdf, new ConventionId(UUID.randomUUID()),
                    PortalFixture.FROM), Reason.NOT_FOUND);
            assertThat(list(cielBleu)).extracting(ConventionView::etat).containsExactly("validée", "en attente de validation");
            assertThat(portal.mails()).isEmpty();
        }

        @Test
        void is_the_only_one_to_review_requests() {
            ConventionView request = requested(cielBleu, CARSAT, "757302");
            Principal partnerAdministrator = administrator(cielBleu);

            refused(portal.conventionReview.pendingRequests(partnerAdministrator, Optional.empty(), 20), Reason.FORBIDDEN);
            refused(portal.conventionReview.validateRequest(partnerAdministrator, id(request), PortalFixture.FROM),
                    Reason.FORBIDDEN);
            refused(portal.conventionReview.invalidateRequest(partnerAdministrator, id(request), MOTIF,
                    PortalFixture.FROM), Reason.FORBIDDEN);
            assertThat(list(cielBleu)).extracting(ConventionView::etat).containsExactly("validée", "en attente de validation");
        }
    }

    @Nested
    class Changing_a_convention {

        private ConventionChange change(String code) {
            return new ConventionChange(code, "HABITAT");
        }

        @Test
        void the_partner_cannot_modify_a_validated_convention() {
            var refusal = refused(portal.conventionService.modify(administrator(cielBleu), cielBleu.validated(),
                    change("757303"), PortalFixture.FROM), Reason.FORBIDDEN).refusal();

            assertThat(refusal.message()).isEqualTo("Une convention validée ne peut être modifiée que par la caisse.");
            assertThat(list(cielBleu)).extracting(ConventionView::code).containsExactly("757300");
        }

        @Test
        void nobody_modifies_a_pending_request() {
            ConventionView request = requested(cielBleu, CARSAT, "757302");

            refused(portal.conventionService.modify(carsat, id(request), change("757303"), PortalFixture.FROM),
                    Reason.UNPROCESSABLE);
            refused(portal.conventionService.modify(administrator(cielBleu), id(request), change("757303"),
                    PortalFixture.FROM), Reason.UNPROCESSABLE);
            assertThat(list(cielBleu)).extracting(ConventionView::code).containsExactly("757300", "757302");
        }

        @Test
        void its_caisse_changes_the_code_and_type_of_a_validated_convention() {
            ConventionView changed = done(portal.conventionService.modify(carsat, cielBleu.validated(),
                    change("757303"), PortalFixture.FROM));

            assertThat(changed.code()).isEqualTo("757303");
            assertThat(changed.typePartenaire()).isEqualTo("Habitat");
            assertThat(changed.etat()).isEqualTo("validée");
            assertThat(list(cielBleu)).extracting(ConventionView::code).containsExactly("757303");
            assertThat(portal.audit.events().getLast().action()).isEqualTo("CONVENTION_MODIFIED");
        }

        @Test
        void the_new_code_must_be_signed_by_the_caisse_and_not_held_elsewhere_by_the_partner() {
            requested(cielBleu, CARSAT, "757302");

            assertThat(invalid(portal.conventionService.modify(carsat, cielBleu.validated(),
                    new ConventionChange("757399", ""), PortalFixture.FROM)))
                    .containsEntry("codeConvention", List.of(ConventionTermsInput.UNKNOWN_CODE))
                    .containsEntry("typePartenaire", List.of("Le type de partenaire est obligatoire."));
            assertThat(invalid(portal.conventionService.modify(carsat, cielBleu.validated(), change("757302"),
                    PortalFixture.FROM)))
                    .containsEntry("codeConvention", List.of("Le partenaire détient déjà la convention n° 757302."));
            assertThat(list(cielBleu)).extracting(ConventionView::code).containsExactly("757300", "757302");
        }

        @Test
        void another_caisse_or_another_partner_does_not_find_it_and_a_plain_user_may_not() {
            refused(portal.conventionService.modify(cnavIdf, cielBleu.validated(), change("757303"), PortalFixture.FROM),
                    Reason.NOT_FOUND);
            refused(portal.conventionService.modify(administrator(soleil), cielBleu.validated(), change("757303"),
                    PortalFixture.FROM), Reason.NOT_FOUND);
            refused(portal.conventionService.modify(session(cielBleu, cielBleu.user()), cielBleu.validated(),
                    change("757303"), PortalFixture.FROM), Reason.FORBIDDEN);
            assertThat(list(cielBleu)).extracting(ConventionView::code).containsExactly("757300");
        }
    }

    @Nested
    class Selecting_the_convention_worked_on {

        private ConventionView validated(Team team, CaisseCode caisse, String code) {
            ConventionView request = requested(team, caisse, code);
            done(portal.conventionReview.validateRequest(caisse.equals(CARSAT) ? carsat : cnavIdf, id(request),
                    PortalFixture.FROM));
            return request;
        }

        private void close(ConventionId id, LocalDate on) {
            var stored = portal.conventions.find(id).orElseThrow();
            var validee = (Convention.Validee) stored.convention();
            portal.conventions.update(new Convention.Validee(validee.id(), validee.partnerId(), validee.terms(),
                    validee.requestedAt(), validee.validatedAt(), Optional.of(on)), stored.version());
        }

        private LocalDate today() {
            return LocalDate.ofInstant(portal.clock.instant(), ZoneOffset.UTC);
        }

        @Test
        void defaults_to_the_first_effective_convention() {
            validated(cielBleu, CNAV_IDF, "750001");
            requested(cielBleu, CARSAT, "757302");

            Selection selection = done(portal.conventionSelection.selection(session(cielBleu, cielBleu.user())));

            assertThat(selection.selected()).map(ConventionView::id).contains(cielBleu.validated().value());
            assertThat(selection.choices()).extracting(ConventionView::code).containsExactly("757300", "750001");
        }

        @Test
        void any_user_selects_another_effective_one_which_their_session_keeps() {
            ConventionView other = validated(cielBleu, CNAV_IDF, "750001");
            Principal user = session(cielBleu, cielBleu.user());

            Selection selection = done(portal.conventionSelection.select(user, id(other)));

            assertThat(selection.selected()).map(ConventionView::code).contains("750001");
            Principal later = again(user);
            assertThat(selectedIn(later)).contains(id(other));
            assertThat(done(portal.conventionSelection.selection(later)).selected()).map(ConventionView::id)
                    .contains(other.id());
            assertThat(done(new WorkingConvention(portal.conventions, portal.clock).of(later)).id()).isEqualTo(id(other));
            assertThat(selectedIn(again(session(cielBleu, cielBleu.user())))).as("another session").isEmpty();
        }

        @Test
        void the_choice_survives_a_password_change_of_the_session() {
            ConventionView other = validated(cielBleu, CNAV_IDF, "750001");
            Principal user = session(cielBleu, cielBleu.user());
            done(portal.conventionSelection.select(user, id(other)));

            Session rotated = portal.sessions.rotate(user.sessionId(), portal.clock.instant()).orElseThrow();

            assertThat(selectedIn(portal.authentication.resolve(rotated.id()).orElseThrow())).contains(id(other));
        }

        @Test
        void cannot_select_a_pending_invalidated_or_closed_convention() {
            ConventionView pending = requested(cielBleu, CARSAT, "757302");
            ConventionView invalidated = requested(cielBleu, CNAV_IDF, "750001");
            done(portal.conventionReview.invalidateRequest(cnavIdf, id(invalidated), MOTIF, PortalFixture.FROM));
            ConventionView closed = validated(cielBleu, CARSAT, "757303");
            close(id(closed), today());
            Principal user = session(cielBleu, cielBleu.user());

            for (ConventionView view : List.of(pending, invalidated, closed)) {
                assertThat(refused(portal.conventionSelection.select(user, id(view)), Reason.UNPROCESSABLE).refusal())
                        .isEqualTo(ConventionSelectionService.NOT_SELECTABLE);
            }
            assertThat(selectedIn(again(user))).isEmpty();
        }

        @Test
        void cannot_select_a_convention_of_another_partner_nor_as_a_caisse() {
            Principal user = session(cielBleu, cielBleu.user());

            assertThat(refused(portal.conventionSelection.select(user, soleil.validated()), Reason.NOT_FOUND).refusal())
                    .isEqualTo(ConventionDesk.NOT_FOUND);
            refused(portal.conventionSelection.select(user, new ConventionId(UUID.randomUUID())), Reason.NOT_FOUND);
            refused(portal.conventionSelection.select(carsat, cielBleu.validated()), Reason.FORBIDDEN);
            refused(portal.conventionSelection.selection(carsat), Reason.FORBIDDEN);
            assertThat(selectedIn(again(user))).isEmpty();
        }

        @Test
        void falls_back_to_the_first_effective_one_once_the_selected_one_is_closed() {
            ConventionView other = validated(cielBleu, CNAV_IDF, "750001");
            Principal user = session(cielBleu, cielBleu.user());
            done(portal.conventionSelection.select(user, id(other)));
            close(id(other), today().plusDays(1));

            assertThat(done(portal.conventionSelection.selection(again(user))).selected()).map(ConventionView::code)
                    .contains("750001");
            portal.clock.advance(Duration.ofDays(1));
            Principal tomorrow = portal.authentication.resolve(
                    portal.sessions.open(SubjectKind.PARTNER_USER, cielBleu.user().value().toString(),
                            cielBleu.partner().value().toString(), false, portal.clock.instant()).id()).orElseThrow();
            portal.sessions.selectConvention(tomorrow.sessionId(), other.id());

            Selection selection = done(portal.conventionSelection.selection(again(tomorrow)));
            assertThat(selection.selected()).map(ConventionView::code).contains("757300");
            assertThat(selection.choices()).extracting(ConventionView::code).containsExactly("757300");
        }

        @Test
        void a_partner_without_an_effective_convention_works_on_none() {
            close(cielBleu.validated(), today());
            requested(cielBleu, CARSAT, "757302");
            Principal user = session(cielBleu, cielBleu.user());

            Selection selection = done(portal.conventionSelection.selection(user));
            assertThat(selection.selected()).isEmpty();
            assertThat(selection.choices()).isEmpty();
            assertThat(refused(new WorkingConvention(portal.conventions, portal.clock).of(user), Reason.UNPROCESSABLE)
                    .refusal()).isEqualTo(WorkingConvention.NO_EFFECTIVE_CONVENTION);
        }
    }

    /** Conventions where another administrator decides each convention right after it is read. */
    private static final class RacingConventions implements fr.portailpartenaires.application.shared.Conventions {

        private final InMemoryConventions delegate;

        RacingConventions(InMemoryConventions delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean add(Convention convention) {
            return delegate.add(convention);
        }

        @Override
        public fr.portailpartenaires.domain.convention.PartnerConventions of(PartnerId partner) {
            return delegate.of(partner);
        }

        @Override
        public Optional<Stored> find(ConventionId id) {
            Optional<Stored> found = delegate.find(id);
            found.ifPresent(stored -> delegate.update(stored.convention(), stored.version()));
            return found;
        }

        @Override
        public boolean update(Convention convention, long expectedVersion) {
            return delegate.update(convention, expectedVersion);
        }

        @Override
        public List<Convention.EnAttenteDeValidation> pendingOf(CaisseCode caisse, Optional<ConventionId> after,
                int limit) {
            return delegate.pendingOf(caisse, after, limit);
        }

        @Override
        public List<Convention> ofCaisse(CaisseCode caisse, Optional<PartnerType> type,
                Optional<fr.portailpartenaires.domain.convention.EtatConvention> etat, LocalDate today,
                Optional<ConventionId> after, int limit) {
            return delegate.ofCaisse(caisse, type, etat, today, after, limit);
        }
    }

    private static java.util.Optional<ConventionId> selectedIn(Principal principal) {
        return ((Principal.PartnerUser) principal).selection();
    }
}
