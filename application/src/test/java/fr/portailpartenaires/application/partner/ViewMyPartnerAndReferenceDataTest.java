package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.application.testing.RegistrationFormBuilder;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.reference.BrowseReferenceData.Item;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.partner.ViewMyPartner.ConventionView;
import fr.portailpartenaires.application.partner.ViewMyPartner.PartnerView;
import fr.portailpartenaires.domain.partner.PartnerId;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a partner user reads of their partner, and the reference lists of the registration form. */
class ViewMyPartnerAndReferenceDataTest {

    private final PortalFixture portal = new PortalFixture();

    private Principal partnerUser(PartnerId partner, PortalFixture.ValidatedPartner seed) {
        return new Principal.PartnerUser(seed.administrator(), partner, Optional.empty(),
                new Principal.Session("session-a", "csrf-a", false, false));
    }

    @Nested
    class A_partner_user {

        @Test
        void sees_their_partner_as_registered() {
            PortalFixture.ValidatedPartner seed = portal.validatedSeed();

            PartnerView view = done(portal.myPartner.view(partnerUser(seed.partner(), seed)));

            assertThat(view.id()).isEqualTo(seed.partner().value());
            assertThat(view.nom()).isEqualTo("Association Ciel Bleu");
            assertThat(view.siret()).isEqualTo(RegistrationFormBuilder.VALID_SIRET);
            assertThat(view.telephone()).isEqualTo("03 02 01 05 09");
            assertThat(view.email()).isNull();
            assertThat(view.adresse().getFirst()).isEqualTo("Association Ciel Bleu");
            assertThat(view.adresse().getLast()).contains("62000");
            assertThat(view.administrateur()).isTrue();
        }

        @Test
        void reads_in_the_header_what_the_layout_shows_the_selection_as_the_selector_answers_it() {
            PortalFixture.ValidatedPartner seed = portal.validatedSeed();
            Principal user = partnerUser(seed.partner(), seed);

            ViewMyPartner.PartnerHeader header = done(portal.myPartner.header(user));

            assertThat(header.nom()).isEqualTo("Association Ciel Bleu");
            assertThat(header.administrateur()).isTrue();
            assertThat(header.conventions().selected()).hasValueSatisfying(
                    selected -> assertThat(selected.code()).isEqualTo("757301"));
            assertThat(header.conventions()).isEqualTo(done(portal.conventionSelection.selection(user)));
        }

        @Test
        void sees_the_convention_validated_with_the_registration() {
            PortalFixture.ValidatedPartner seed = portal.validatedSeed();

            PartnerView view = done(portal.myPartner.view(partnerUser(seed.partner(), seed)));

            assertThat(view.conventions()).singleElement().satisfies(convention -> {
                assertThat(convention.code()).isEqualTo("757301");
                assertThat(convention.regime()).isEqualTo("CNAV");
                assertThat(convention.caisse()).isEqualTo("CARSAT Nord-Picardie");
                assertThat(convention.typePartenaire()).isEqualTo("Structure d'évaluation");
                assertThat(convention.etat()).isEqualTo("validée");
            });
            assertThat(view.conventions()).extracting(ConventionView::etat).containsOnly("validée");
        }

        @Test
        void who_must_change_their_password_sees_nothing_yet() {
            PortalFixture.ValidatedPartner seed = portal.validatedSeed();
            Principal temporary = new Principal.PartnerUser(seed.administrator(), seed.partner(), Optional.empty(),
                new Principal.Session("session-t", "csrf-t", true, false));

            assertThat(refused(portal.myPartner.view(temporary), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
            refused(portal.myPartner.header(temporary), Reason.FORBIDDEN);
        }

        @Test
        void of_a_partner_that_no_longer_exists_gets_not_found() {
            PortalFixture.ValidatedPartner seed = portal.validatedSeed();

            refused(portal.myPartner.view(partnerUser(PartnerId.random(), seed)), Reason.NOT_FOUND);
            refused(portal.myPartner.header(partnerUser(PartnerId.random(), seed)), Reason.NOT_FOUND);
        }
    }

    @Test
    void a_caisse_administrator_has_no_partner_to_see() {
        Principal carsat = portal.carsatAdministrator();

        assertThat(refused(portal.myPartner.view(carsat), Reason.FORBIDDEN).refusal())
                .isEqualTo(Refusals.PARTNER_USERS_ONLY);
        refused(portal.myPartner.header(carsat), Reason.FORBIDDEN);
    }

    @Nested
    class The_reference_lists {

        @Test
        void list_the_regimes() {
            assertThat(portal.browseReferenceData.regimes()).extracting(Item::code).containsExactly("CNAV", "MSA");
        }

        @Test
        void list_the_caisses_of_a_regime_typed_in_any_case() {
            assertThat(portal.browseReferenceData.caisses("CNAV")).containsExactly(
                    new Item("CARSAT-NORD-PICARDIE", "CARSAT Nord-Picardie"), new Item("CNAV-IDF", "CNAV Île-de-France"));
            assertThat(portal.browseReferenceData.caisses(" msa ")).containsExactly(new Item("MSA-ALSACE", "MSA d'Alsace"));
        }

        @Test
        void have_no_caisse_for_an_unknown_malformed_or_missing_regime() {
            assertThat(portal.browseReferenceData.caisses("RSI")).isEmpty();
            assertThat(portal.browseReferenceData.caisses("C N A V")).isEmpty();
            assertThat(portal.browseReferenceData.caisses("")).isEmpty();
            assertThat(portal.browseReferenceData.caisses(null)).isEmpty();
        }

        @Test
        void list_every_partner_type_with_its_french_label() {
            assertThat(portal.browseReferenceData.partnerTypes()).contains(
                    new Item("STRUCTURE_EVALUATION", "Structure d'évaluation"),
                    new Item("PRESTATAIRE_ERGOTHERAPEUTE", "Prestataire Ergothérapeute"));
        }
    }
}
