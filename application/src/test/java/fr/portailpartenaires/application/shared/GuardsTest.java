package fr.portailpartenaires.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuardsTest {

    private static final Refusal CAISSE_ONLY = new Refusal("test.caisse", "Réservé à la caisse.");
    private static final Refusal CAF_ONLY = new Refusal("test.caf", "Réservé à la CAF.");
    private static final CaisseCode CARSAT = CaisseCode.of("CARSAT-NORD-PICARDIE");
    private static final CaisseCode CAF_NORD = CaisseCode.of("CAF-59");

    private static Principal.Session session(boolean mustChangePassword, boolean mustAcceptRules) {
        return new Principal.Session("s", "c", mustChangePassword, mustAcceptRules);
    }

    private final Principal.PartnerUser partnerUser = new Principal.PartnerUser(UserId.random(), PartnerId.random(),
            Optional.empty(), session(false, false));
    private final Principal caisseAdministrator = new Principal.CaisseAdministrator(UserId.random(), CARSAT,
            session(false, false));
    private final Principal.CafAdministrator cafAdministrator = new Principal.CafAdministrator(UserId.random(), CAF_NORD,
            session(false, false));

    private static <T> Outcome.Refused<T> refused(Outcome<T> outcome, Reason reason) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        Outcome.Refused<T> refused = (Outcome.Refused<T>) outcome;
        assertThat(refused.reason()).isEqualTo(reason);
        return refused;
    }

    @Nested
    class Partner_user {
        @Test
        void a_partner_user_passes_as_themself() {
            assertThat(Guards.partnerUser(partnerUser)).isEqualTo(Outcome.done(partnerUser));
        }

        @Test
        void a_caisse_or_caf_administrator_is_refused_with_the_catalogue_refusal() {
            assertThat(refused(Guards.partnerUser(caisseAdministrator), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Refusals.PARTNER_USERS_ONLY);
            assertThat(refused(Guards.partnerUser(cafAdministrator), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Refusals.PARTNER_USERS_ONLY);
        }
    }

    @Nested
    class Caisse_administrator {
        @Test
        void a_caisse_administrator_and_a_caf_administrator_pass_with_their_caisse() {
            assertThat(Guards.caisseAdministrator(caisseAdministrator, CAISSE_ONLY)).isEqualTo(Outcome.done(CARSAT));
            assertThat(Guards.caisseAdministrator(cafAdministrator, CAISSE_ONLY)).isEqualTo(Outcome.done(CAF_NORD));
        }

        @Test
        void a_partner_user_is_refused() {
            assertThat(refused(Guards.caisseAdministrator(partnerUser, CAISSE_ONLY), Reason.FORBIDDEN).refusal())
                    .isEqualTo(CAISSE_ONLY);
        }
    }

    @Nested
    class Caf_administrator {
        @Test
        void only_a_caf_administrator_passes() {
            assertThat(Guards.cafAdministrator(cafAdministrator, CAF_ONLY)).isEqualTo(Outcome.done(cafAdministrator));
            assertThat(refused(Guards.cafAdministrator(caisseAdministrator, CAF_ONLY), Reason.FORBIDDEN).refusal())
                    .isEqualTo(CAF_ONLY);
            assertThat(refused(Guards.cafAdministrator(partnerUser, CAF_ONLY), Reason.FORBIDDEN).refusal())
                    .isEqualTo(CAF_ONLY);
        }
    }

    @Nested
    class Before_any_kind {
        @Test
        void an_anonymous_caller_is_unauthenticated_everywhere() {
            Principal nobody = Principal.anonymous();
            refused(Guards.loggedIn(nobody), Reason.UNAUTHENTICATED);
            refused(Guards.partnerUser(nobody), Reason.UNAUTHENTICATED);
            refused(Guards.caisseAdministrator(nobody, CAISSE_ONLY), Reason.UNAUTHENTICATED);
            refused(Guards.cafAdministrator(nobody, CAF_ONLY), Reason.UNAUTHENTICATED);
        }

        @Test
        void a_pending_obligation_is_refused_before_the_kind_is_looked_at() {
            var temporary = new Principal.CaisseAdministrator(UserId.random(), CARSAT, session(true, false));
            var rulesToAccept = new Principal.PartnerUser(UserId.random(), PartnerId.random(), Optional.empty(),
                    session(false, true));

            assertThat(refused(Guards.caisseAdministrator(temporary, CAISSE_ONLY), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
            assertThat(refused(Guards.partnerUser(temporary), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
            assertThat(refused(Guards.partnerUser(rulesToAccept), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Principal.RULES_ACCEPTANCE_REQUIRED);
        }

        @Test
        void a_session_never_prints_its_tokens() {
            assertThat(partnerUser.toString()).doesNotContain("csrf").doesNotContain("=s,").doesNotContain("=c,");
            assertThat(new Principal.Session("secret-session-id", "secret-csrf", false, false).toString())
                    .doesNotContain("secret");
        }
    }
}
