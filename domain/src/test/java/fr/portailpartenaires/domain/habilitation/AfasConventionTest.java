package fr.portailpartenaires.domain.habilitation;

import static fr.portailpartenaires.domain.habilitation.Farandole.BOLLIE;
import static fr.portailpartenaires.domain.habilitation.Farandole.BRUET;
import static fr.portailpartenaires.domain.habilitation.Farandole.DAY;
import static fr.portailpartenaires.domain.habilitation.Farandole.ESC_FARANDOLE;
import static fr.portailpartenaires.domain.habilitation.Farandole.GARBAN;
import static fr.portailpartenaires.domain.habilitation.Farandole.GUY;
import static fr.portailpartenaires.domain.habilitation.Farandole.LIEU_ECLAIR;
import static fr.portailpartenaires.domain.habilitation.Farandole.LIEU_FARANDOLE;
import static fr.portailpartenaires.domain.habilitation.Farandole.ROBINE;
import static fr.portailpartenaires.domain.habilitation.Farandole.ROCU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AfasConventionTest {

    private static final ValidationRequestId REQUEST = new ValidationRequestId(Farandole.uuid(900));

    private static AfasConvention granted(AfasConvention convention, UserId user, Role role, Scope scope) {
        return convention.grant(BRUET, user, role, Period.from(DAY), scope, Farandole.grantIds(),
                new ValidationRequestId(UUID.randomUUID()), DAY).orElseThrow().convention();
    }

    /** The seed's final table: Rocu financial provider, Garban approver (pending), Robine and Guy on their places. */
    private static AfasConvention seedGrants() {
        AfasConvention convention = Farandole.withUsers();
        convention = granted(convention, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES,
                new Scope.Activities(List.of(ESC_FARANDOLE)));
        convention = convention.grant(BRUET, GARBAN, Role.APPROBATEUR, Period.from(DAY),
                new Scope.Activities(List.of(ESC_FARANDOLE)), Farandole.grantIds(), REQUEST, DAY).orElseThrow()
                .convention();
        convention = granted(convention, ROBINE, Role.FOURNISSEUR_DONNEES_ACTIVITE,
                new Scope.Places(List.of(LIEU_FARANDOLE)));
        return granted(convention, GUY, Role.FOURNISSEUR_DONNEES_ACTIVITE, new Scope.Places(List.of(LIEU_ECLAIR)));
    }

    private static List<List<Object>> table(List<GrantSection> sections) {
        return sections.stream().flatMap(section -> section.lines().stream().map(line -> List.<Object>of(
                section.kind().libelle() + " : " + section.libelle(), line.role().libelle(),
                line.user().map(AfasUser::displayName).orElse(""), line.state().libelle(), line.pendingCafValidation())))
                .toList();
    }

    @Nested
    class Derived_facts {

        @Test
        void the_convention_is_open_and_validated_on_its_day_and_closed_from_its_closing_date() {
            AfasConvention convention = Farandole.created();
            assertThat(convention.validatedOn()).isEqualTo(LocalDate.of(2018, 8, 30));
            assertThat(convention.isClosedOn(DAY)).isFalse();
            Period closing = Period.of(DAY, Optional.of(DAY.plusDays(10))).orElseThrow();
            assertThat(closing.isEndedOn(DAY.plusDays(9))).isFalse();
            assertThat(closing.isEndedOn(DAY.plusDays(10))).isTrue();
        }

        @Test
        void the_identifiers_follow_the_seed_sequence_and_stop_after_ZZ() {
            assertThat(IdentifierPrefix.sequenceOf("SM").orElseThrow()).isEqualTo(480);
            assertThat(Farandole.PREFIX.identifier(480).orElseThrow().value()).isEqualTo("ENF01302SM");
            assertThat(Farandole.PREFIX.identifier(481).orElseThrow().value()).isEqualTo("ENF01302SN");
            assertThat(Farandole.PREFIX.identifier(485).orElseThrow().value()).isEqualTo("ENF01302SR");
            assertThat(Farandole.PREFIX.identifier(675).orElseThrow().value()).isEqualTo("ENF01302ZZ");
            assertThat(Farandole.PREFIX.identifier(676)).isEqualTo(
                    Result.refused(HabilitationRefusal.IDENTIFIERS_EXHAUSTED.refusal()));
            assertThat(IdentifierPrefix.parse("enf-01")).isInstanceOf(Result.Refused.class);
        }
    }

    @Nested
    class The_seed_story {

        @Test
        void ends_with_the_seed_grants_table_the_approver_waiting_for_the_caf() {
            List<GrantSection> found = seedGrants().search(new GrantSearch(EnumSet.of(GrantState.ACTIF,
                    GrantState.INACTIF), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("ALSH"),
                    Optional.empty(), true), DAY);
            assertThat(table(found)).containsExactly(
                    List.of("Activité : ESC Farandole Istres", "Fournisseur de données financières", "Rocu Blandine",
                            "Actif", false),
                    List.of("Activité : ESC Farandole Istres", "Approbateur", "Garban Gilles", "Inactif", true),
                    List.of("Lieu d'implantation : ESC Farandole Istres", "Fournisseur de données d'activité",
                            "Robine Olivia", "Actif", false),
                    List.of("Lieu d'implantation : ESC L'éclair", "Fournisseur de données d'activité", "Guy Valérie",
                            "Actif", false));
        }

        @Test
        void the_caf_validation_makes_the_approver_active_and_records_the_deadline() {
            AfasConvention.Validated validated = seedGrants().validate(REQUEST, DAY.plusMonths(1), DAY.plusDays(1))
                    .orElseThrow();
            assertThat(validated.request().deadline()).contains(DAY.plusMonths(1));
            assertThat(validated.request().activities()).containsExactly(ESC_FARANDOLE);
            assertThat(validated.convention().grants()).filteredOn(grant -> grant.role() == Role.APPROBATEUR)
                    .singleElement().satisfies(grant -> {
                        assertThat(grant.pendingCafValidation()).isFalse();
                        assertThat(validated.convention().state(grant, DAY.plusDays(1))).isEqualTo(GrantState.ACTIF);
                    });
            assertThat(validated.convention().validate(REQUEST, DAY, DAY)).isEqualTo(
                    Result.refused(HabilitationRefusal.REQUEST_ALREADY_VALIDATED.refusal()));
        }

        @Test
        void every_approver_grant_is_a_new_validation_request() {
            AfasConvention convention = seedGrants();
            AfasConvention.Granted again = convention.grant(BRUET, BOLLIE, Role.APPROBATEUR, Period.from(DAY),
                    new Scope.Activities(List.of(ESC_FARANDOLE)), Farandole.grantIds(),
                    new ValidationRequestId(Farandole.uuid(901)), DAY).orElseThrow();
            assertThat(again.request()).hasValueSatisfying(request -> assertThat(request.approver()).isEqualTo(BOLLIE));
            assertThat(again.convention().requests()).hasSize(2).allMatch(ValidationRequest::isPending);
        }
    }

    @Nested
    class Non_attribue {

        private static final GrantSearch GAPS = new GrantSearch(EnumSet.of(GrantState.NON_ATTRIBUE), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);

        @Test
        void before_any_grant_lists_every_role_of_the_activity_and_the_provider_of_each_place() {
            assertThat(table(Farandole.withUsers().search(GAPS, DAY))).extracting(line -> line.get(0), line -> line.get(1))
                    .containsExactly(
                            tuple("Activité : ESC Farandole Istres", "Approbateur"),
                            tuple("Activité : ESC Farandole Istres", "Fournisseur de données d'activité"),
                            tuple("Activité : ESC Farandole Istres", "Fournisseur de données financières"),
                            tuple("Lieu d'implantation : ESC Farandole Istres", "Fournisseur de données d'activité"),
                            tuple("Lieu d'implantation : ESC L'éclair", "Fournisseur de données d'activité"));
        }

        @Test
        void lists_only_what_is_still_lacking() {
            AfasConvention convention = granted(Farandole.withUsers(), ROBINE, Role.FOURNISSEUR_DONNEES_ACTIVITE,
                    new Scope.Places(List.of(LIEU_FARANDOLE)));
            assertThat(table(convention.search(GAPS, DAY))).extracting(line -> line.get(0), line -> line.get(1))
                    .containsExactly(
                            tuple("Activité : ESC Farandole Istres", "Approbateur"),
                            tuple("Activité : ESC Farandole Istres", "Fournisseur de données d'activité"),
                            tuple("Activité : ESC Farandole Istres", "Fournisseur de données financières"),
                            tuple("Lieu d'implantation : ESC L'éclair", "Fournisseur de données d'activité"));
        }

        @Test
        void is_empty_once_the_seed_grants_are_made_and_comes_back_when_a_grant_ends() {
            AfasConvention convention = seedGrants();
            assertThat(convention.search(GAPS, DAY)).isEmpty();
            GrantId rocu = convention.grants().stream().filter(grant -> grant.user().equals(ROCU)).findFirst()
                    .orElseThrow().id();
            AfasConvention ended = convention.endGrant(BRUET, rocu, DAY.plusDays(5), DAY).orElseThrow();
            assertThat(table(ended.search(GAPS, DAY.plusDays(5)))).extracting(line -> line.get(1))
                    .containsExactly("Fournisseur de données financières");
            assertThat(table(ended.search(new GrantSearch(EnumSet.of(GrantState.HISTORIQUE), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false), DAY.plusDays(5))))
                    .extracting(line -> line.get(2)).containsExactly("Rocu Blandine");
        }
    }

    /** Issue 19, finding 8: grants that contradict each other or their convention are refused. */
    @Nested
    class Contradictory_grants {

        private final AfasConvention before = Farandole.withUsers();
        private final Scope farandole = new Scope.Activities(List.of(ESC_FARANDOLE));

        private Result<AfasConvention.Granted> grant(AfasConvention convention, UserId user, Role role, Period period) {
            return convention.grant(BRUET, user, role, period, farandole, Farandole.grantIds(),
                    new ValidationRequestId(UUID.randomUUID()), DAY.plusDays(20));
        }

        @Test
        void the_same_grant_twice_is_refused() {
            AfasConvention once = grant(before, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES, Period.from(DAY))
                    .orElseThrow().convention();
            assertThat(grant(once, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES, Period.from(DAY)))
                    .isEqualTo(Result.refused(HabilitationRefusal.GRANT_OVERLAPS.refusal()));
            assertThat(HabilitationRefusal.GRANT_OVERLAPS.refusal().message()).isEqualTo(
                    "Cet utilisateur a déjà ce rôle sur cette activité pour une période qui chevauche celle demandée.");
        }

        @Test
        void an_overlapping_grant_is_refused_and_one_after_the_end_of_the_former_is_accepted() {
            AfasConvention once = grant(before, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES,
                    Period.of(DAY, Optional.of(DAY.plusDays(10))).orElseThrow()).orElseThrow().convention();
            assertThat(grant(once, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES, Period.from(DAY.plusDays(9))))
                    .isEqualTo(Result.refused(HabilitationRefusal.GRANT_OVERLAPS.refusal()));
            assertThat(grant(once, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES, Period.from(DAY.plusDays(10))))
                    .as("the former is closed from its end date on").isInstanceOf(Result.Ok.class);
            assertThat(grant(once, ROCU, Role.APPROBATEUR, Period.from(DAY.plusDays(9))))
                    .as("another role").isInstanceOf(Result.Ok.class);
            assertThat(grant(once, ROBINE, Role.FOURNISSEUR_DONNEES_FINANCIERES, Period.from(DAY.plusDays(9))))
                    .as("another user").isInstanceOf(Result.Ok.class);
        }

        @Test
        void a_grant_cannot_start_before_its_convention_opened() {
            assertThat(grant(before, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES, Period.from(DAY.minusYears(2))))
                    .isEqualTo(Result.refused(HabilitationRefusal.GRANT_BEFORE_CONVENTION.refusal()));
        }

        @Test
        void validating_a_new_approver_ends_the_former_approvers_grant_the_day_before() {
            AfasConvention garbanValidated = seedGrants().validate(REQUEST, DAY.plusMonths(1), DAY.plusDays(1))
                    .orElseThrow().convention();
            ValidationRequestId bollieRequest = new ValidationRequestId(Farandole.uuid(902));
            AfasConvention bollieAsked = garbanValidated.grant(BRUET, BOLLIE, Role.APPROBATEUR, Period.from(DAY),
                    farandole, Farandole.grantIds(), bollieRequest, DAY.plusDays(2)).orElseThrow().convention();
            AfasConvention after = bollieAsked.validate(bollieRequest, DAY.plusMonths(1), DAY.plusDays(3))
                    .orElseThrow().convention();

            Grant garban = after.grants().stream().filter(g -> g.user().equals(GARBAN)).findFirst().orElseThrow();
            Grant bollie = after.grants().stream().filter(g -> g.user().equals(BOLLIE)).findFirst().orElseThrow();
            assertThat(after.state(garban, DAY.plusDays(2))).as("the day before").isEqualTo(GrantState.ACTIF);
            assertThat(after.state(garban, DAY.plusDays(3))).isEqualTo(GrantState.HISTORIQUE);
            assertThat(after.state(bollie, DAY.plusDays(3))).isEqualTo(GrantState.ACTIF);
            assertThat(after.grants().stream().filter(g -> g.role() == Role.APPROBATEUR
                    && after.state(g, DAY.plusDays(3)) == GrantState.ACTIF)).hasSize(1);
        }
    }

    @Nested
    class Refusals_change_nothing {

        private final AfasConvention before = Farandole.withUsers();

        private void refused(Result<?> result, HabilitationRefusal expected) {
            assertThat(result).isEqualTo(Result.refused(expected.refusal()));
        }

        @Test
        void a_place_scope_for_a_role_other_than_the_activity_data_provider() {
            refused(before.grant(BRUET, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES, Period.from(DAY),
                    new Scope.Places(List.of(LIEU_ECLAIR)), Farandole.grantIds(), REQUEST, DAY),
                    HabilitationRefusal.PLACE_SCOPE_ACTIVITY_PROVIDER_ONLY);
            assertThat(HabilitationRefusal.PLACE_SCOPE_ACTIVITY_PROVIDER_ONLY.refusal().message())
                    .isEqualTo("Seul le rôle Fournisseur de données d'activité peut être attribué sur des lieux "
                            + "d'implantation.");
        }

        @Test
        void an_empty_scope_with_the_seed_messages() {
            refused(before.grant(BRUET, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES, Period.from(DAY),
                    new Scope.Activities(List.of()), Farandole.grantIds(), REQUEST, DAY),
                    HabilitationRefusal.EMPTY_ACTIVITY_SCOPE);
            refused(before.grant(BRUET, ROBINE, Role.FOURNISSEUR_DONNEES_ACTIVITE, Period.from(DAY),
                    new Scope.Places(List.of()), Farandole.grantIds(), REQUEST, DAY),
                    HabilitationRefusal.EMPTY_PLACE_SCOPE);
            assertThat(HabilitationRefusal.EMPTY_ACTIVITY_SCOPE.refusal().message())
                    .isEqualTo("La sélection d'au moins une activité est obligatoire.");
            assertThat(HabilitationRefusal.EMPTY_PLACE_SCOPE.refusal().message())
                    .isEqualTo("La sélection d'au moins un lieu d'implantation est obligatoire.");
        }

        @Test
        void a_user_outside_AFAS_HAB_managing_grants_or_memberships() {
            refused(before.grant(GARBAN, ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES, Period.from(DAY),
                    new Scope.Activities(List.of(ESC_FARANDOLE)), Farandole.grantIds(), REQUEST, DAY),
                    HabilitationRefusal.MANAGER_REQUIRED);
            refused(before.addMembership(GARBAN, false, new Membership(GARBAN, GroupCode.AFAS_HAB, Period.from(DAY)),
                    DAY), HabilitationRefusal.MANAGER_REQUIRED);
            refused(before.closeMembership(GARBAN, GUY, GroupCode.AFAS_DEC, DAY, DAY),
                    HabilitationRefusal.MANAGER_REQUIRED);
        }

        @Test
        void closing_the_last_AFAS_HAB_membership_or_a_membership_twice() {
            refused(before.closeMembership(BRUET, BRUET, GroupCode.AFAS_HAB, DAY.plusDays(3), DAY),
                    HabilitationRefusal.LAST_MANAGER);
            AfasConvention closed = before.closeMembership(BRUET, GUY, GroupCode.AFAS_DEC, DAY.plusDays(3), DAY)
                    .orElseThrow();
            refused(closed.closeMembership(BRUET, GUY, GroupCode.AFAS_DEC, DAY.plusDays(4), DAY.plusDays(3)),
                    HabilitationRefusal.NOT_MEMBER);
            refused(before.addMembership(BRUET, true, new Membership(GUY, GroupCode.AFAS_DEC, Period.from(DAY)), DAY),
                    HabilitationRefusal.ALREADY_MEMBER);
        }

        @Test
        void the_groups_twice() {
            refused(before.openGroups(DAY), HabilitationRefusal.GROUPS_ALREADY_CREATED);
        }
    }

    @Test
    void a_user_without_an_open_group_holds_no_active_grant() {
        AfasConvention convention = granted(Farandole.withUsers(), ROCU, Role.FOURNISSEUR_DONNEES_FINANCIERES,
                new Scope.Activities(List.of(ESC_FARANDOLE)));
        Grant grant = convention.grants().getFirst();
        assertThat(convention.state(grant, DAY)).isEqualTo(GrantState.ACTIF);
        AfasConvention left = convention.closeMembership(BRUET, ROCU, GroupCode.AFAS_DEC, DAY.plusDays(2), DAY)
                .orElseThrow();
        assertThat(left.state(grant, DAY.plusDays(2))).isEqualTo(GrantState.INACTIF);
        assertThat(left.state(grant, DAY.plusDays(1))).isEqualTo(GrantState.ACTIF);
        assertThat(convention.state(grant, LocalDate.of(2018, 8, 29))).isEqualTo(GrantState.INACTIF);
    }

    @Nested
    class Modifying_and_closing_users {

        private final AfasConvention convention = Farandole.withUsers();

        private static AfasUser garbanAs(String email, Period period) {
            AfasUser user = Farandole.user(GARBAN, 600, "Garban-Roux", "Gilles", email);
            return new AfasUser(user.id(), user.identifier(), user.lastName(), user.firstName(), user.email(),
                    user.phone(), WorkStyle.ITINERANT, period);
        }

        @Test
        void a_modification_keeps_the_identifier_and_replaces_the_rest() {
            AfasUser modified = convention.modifyUser(garbanAs("Gilles.Garban132@yopmail.com", Period.from(DAY)), DAY)
                    .orElseThrow().user(GARBAN).orElseThrow();
            assertThat(modified.identifier().value()).isEqualTo("ENF01302SN");
            assertThat(modified.displayName()).isEqualTo("Garban-Roux Gilles");
            assertThat(modified.workStyle()).isEqualTo(WorkStyle.ITINERANT);
        }

        @Test
        void an_unknown_user_is_refused() {
            AfasUser stranger = Farandole.user(new UserId(Farandole.uuid(77)), 500, "Inconnu", "Paul", "p@x.fr");
            assertThat(convention.modifyUser(stranger, DAY))
                    .isEqualTo(Result.refused(HabilitationRefusal.USER_NOT_FOUND.refusal()));
            assertThat(convention.closeUser(stranger.id(), DAY, DAY))
                    .isEqualTo(Result.refused(HabilitationRefusal.USER_NOT_FOUND.refusal()));
        }

        @Test
        void a_closed_user_has_no_active_grant_and_cannot_be_closed_again() {
            AfasConvention closed = convention.closeUser(GARBAN, DAY.plusDays(3), DAY).orElseThrow();
            assertThat(closed.isActive(GARBAN, DAY.plusDays(2))).isTrue();
            assertThat(closed.isActive(GARBAN, DAY.plusDays(3))).isFalse();
            assertThat(closed.user(GARBAN).orElseThrow().period().isEndedOn(DAY.plusDays(3))).isTrue();
            assertThat(closed.closeUser(GARBAN, DAY.plusDays(5), DAY.plusDays(4)))
                    .isEqualTo(Result.refused(HabilitationRefusal.USER_CLOSED.refusal()));
            assertThat(convention.closeUser(GARBAN, DAY.minusDays(1), DAY))
                    .isEqualTo(Result.refused(HabilitationRefusal.DATES_IN_WRONG_ORDER.refusal()));
        }

        @Test
        void the_last_active_member_of_afas_hab_cannot_be_closed_while_the_convention_is_open() {
            assertThat(convention.closeUser(BRUET, DAY.plusDays(1), DAY))
                    .isEqualTo(Result.refused(HabilitationRefusal.LAST_MANAGER.refusal()));
            AfasConvention twoManagers = convention.addMembership(BRUET, true,
                    new Membership(GARBAN, GroupCode.AFAS_HAB, Period.from(DAY)), DAY).orElseThrow();
            assertThat(twoManagers.closeUser(BRUET, DAY.plusDays(1), DAY)).isInstanceOf(Result.Ok.class);
        }

        @Test
        void nothing_changes_in_a_closed_convention() {
            AfasConvention ended = new AfasConvention(convention.id(), convention.partner(), convention.caf(),
                    convention.libelle(), convention.cafPivot(), Period.of(DAY, Optional.of(DAY.plusDays(1)))
                            .orElseThrow(), convention.validatedOn(), convention.prefix(), convention.activities(),
                    convention.groups(), convention.users(), convention.memberships(), convention.grants(),
                    convention.requests(), convention.version());
            assertThat(ended.modifyUser(garbanAs("gilles.garban132@yopmail.com", Period.from(DAY)), DAY.plusDays(2)))
                    .isEqualTo(Result.refused(HabilitationRefusal.CONVENTION_CLOSED.refusal()));
        }
    }
}
