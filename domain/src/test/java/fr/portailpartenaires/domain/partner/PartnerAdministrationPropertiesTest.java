package fr.portailpartenaires.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;

/**
 * Random sequences of administration operations, by random actors (administrators, simple users,
 * users of another partner) on random targets, starting from the seed's partner. After every
 * operation: the partner still has an administrator, logins are still unique, a refused operation
 * changed nothing, an administrator still holds the right after their own action, and the outcome
 * is the one the rules of spec §3.2 predict. Statistics make sure that every kind of operation
 * succeeds and that every refusal happens, so the property cannot pass vacuously.
 */
class PartnerAdministrationPropertiesTest {

    private static final String OK = "ok";
    private static final String OUTCOMES = "outcomes";
    private static final UserId OTHER_PARTNER_USER = new UserId(UUID.fromString("0e1e0000-0000-4000-8000-000000000000"));

    enum Kind {
        CREATE(false), GRANT(true), REVOKE(true), DELETE(true), MODIFY_USER(true), MODIFY_PARTNER(false),
        MODIFY_ADDRESS(false);

        final boolean targetsAUser;

        Kind(boolean targetsAUser) {
            this.targetsAUser = targetsAUser;
        }
    }

    enum Role { ADMINISTRATOR, ANY_USER, OTHER_PARTNER }

    /** Someone chosen among the partner's current users when the step runs. */
    record Who(Role role, int index) {
        UserId in(Partner partner) {
            List<PartnerUser> pool = switch (role) {
                case ADMINISTRATOR -> partner.administrators();
                case ANY_USER -> partner.users();
                case OTHER_PARTNER -> List.of();
            };
            return pool.isEmpty() ? OTHER_PARTNER_USER : pool.get(index % pool.size()).id();
        }
    }

    record Step(Kind kind, Who actor, Who target, String login, boolean flag) {}

    @Property(tries = 400)
    void administration_rules_hold_under_any_sequence_of_operations(
            @ForAll boolean startWithThreeUsers, @ForAll("scenarios") List<Step> steps) {
        Partner partner = startWithThreeUsers ? CielBleu.withItsThreeUsers() : CielBleu.registered();
        int number = 0;
        for (Step step : steps) {
            number++;
            Partner before = partner;
            Partner snapshot = copyOf(before);
            UserId actor = step.actor().in(before);
            UserId target = step.target().in(before);
            UserId newUserId = new UserId(new UUID(0x5eedL, number));
            boolean actorWasAdministrator = before.isAdministrator(actor);

            Result<Partner> result = apply(step, before, actor, target, newUserId);

            String outcome = switch (result) {
                case Result.Ok<Partner> ok -> OK;
                case Result.Refused<Partner> refused -> refused.refusal().code();
            };
            Statistics.label(OUTCOMES).collect(step.kind(), outcome);
            assertThat(outcome).as("outcome of %s", step).isEqualTo(expectedOutcome(step, before, actor, target));
            assertThat(before).as("an operation never alters the partner it was called on").isEqualTo(snapshot);
            if (result instanceof Result.Ok<Partner> ok) {
                partner = ok.value();
                assertEffect(step, before, partner, actor, target, newUserId);
            }

            assertThat(partner.administrators()).as("administrators after %s", step).isNotEmpty();
            assertThat(partner.users().stream().map(user -> user.login().key()).distinct().count())
                    .as("distinct logins after %s", step).isEqualTo(partner.users().size());
            if (actorWasAdministrator) {
                assertThat(partner.isAdministrator(actor)).as("actor still administrator after %s", step).isTrue();
            }
        }
        Statistics.label(OUTCOMES).coverage(PartnerAdministrationPropertiesTest::everyOutcomeHappens);
    }

    private static void everyOutcomeHappens(StatisticsCoverage coverage) {
        for (Kind kind : Kind.values()) {
            coverage.check(kind, OK).count(count -> count > 0);
            coverage.check(kind, PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal().code()).count(count -> count > 0);
        }
        for (Kind kind : List.of(Kind.GRANT, Kind.REVOKE, Kind.DELETE, Kind.MODIFY_USER)) {
            coverage.check(kind, PartnerRefusal.USER_NOT_FOUND.refusal().code()).count(count -> count > 0);
        }
        coverage.check(Kind.REVOKE, PartnerRefusal.SELF_REVOCATION.refusal().code()).count(count -> count > 0);
        coverage.check(Kind.DELETE, PartnerRefusal.ADMINISTRATOR_DELETION.refusal().code()).count(count -> count > 0);
        coverage.check(Kind.DELETE, PartnerRefusal.SELF_DELETION.refusal().code()).count(count -> count > 0);
        coverage.check(Kind.CREATE, PartnerRefusal.LOGIN_ALREADY_USED.refusal().code()).count(count -> count > 0);
        String lastAdministrator = PartnerRefusal.LAST_ADMINISTRATOR.refusal().code();
        coverage.checkQuery(values -> values.contains(lastAdministrator)).count(count -> count == 0);
    }

    @Provide
    Arbitrary<List<Step>> scenarios() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(List.of(
                Tuple.of(3, Kind.CREATE), Tuple.of(3, Kind.GRANT), Tuple.of(3, Kind.REVOKE), Tuple.of(3, Kind.DELETE),
                Tuple.of(1, Kind.MODIFY_USER), Tuple.of(1, Kind.MODIFY_PARTNER), Tuple.of(1, Kind.MODIFY_ADDRESS)));
        Arbitrary<Who> actors = who(List.of(
                Tuple.of(6, Role.ADMINISTRATOR), Tuple.of(3, Role.ANY_USER), Tuple.of(1, Role.OTHER_PARTNER)));
        Arbitrary<Who> targets = who(List.of(
                Tuple.of(4, Role.ANY_USER), Tuple.of(3, Role.ADMINISTRATOR), Tuple.of(1, Role.OTHER_PARTNER)));
        Arbitrary<String> logins = Arbitraries.oneOf(
                Arbitraries.of("Alex7", "ALEX7", "martin37", "Solange778", "Bob42", "BOB42"),
                Arbitraries.strings().alpha().numeric().ofMinLength(3).ofMaxLength(10));
        return Combinators.combine(kinds, actors, targets, logins, Arbitraries.of(true, false))
                .as(Step::new)
                .list().ofMaxSize(50);
    }

    private static Arbitrary<Who> who(List<Tuple.Tuple2<Integer, Role>> roles) {
        return Combinators.combine(Arbitraries.frequency(roles), Arbitraries.integers().between(0, 9)).as(Who::new);
    }

    private static Result<Partner> apply(Step step, Partner partner, UserId actor, UserId target, UserId newUserId) {
        return switch (step.kind()) {
            case CREATE -> partner.createUser(actor, new PartnerUser(newUserId, Login.of(step.login()),
                    LastName.of("NOUVEAU"), FirstName.of("Camille"), Optional.empty(),
                    EmailAddress.of(step.login() + "@fr.fr"), step.flag()));
            case GRANT -> partner.grantAdministration(actor, target);
            case REVOKE -> partner.revokeAdministration(actor, target);
            case DELETE -> partner.deleteUser(actor, target);
            case MODIFY_USER -> partner.modifyUser(actor, target, new UserChanges(LastName.of("MODIFIÉ"),
                    FirstName.of(step.flag() ? "Dominique" : "Claude"),
                    step.flag() ? Optional.of(PhoneNumber.of("0612345678")) : Optional.empty(),
                    EmailAddress.of("modifie@fr.fr")));
            case MODIFY_PARTNER -> partner.modifyPartnerData(actor, new PartnerData(
                    PartnerName.of(step.flag() ? "Association Ciel Bleu" : "Ciel Bleu Arras"), Optional.empty(),
                    CielBleu.PHONE, Optional.of(EmailAddress.of("contact@cielbleu.fr"))));
            case MODIFY_ADDRESS -> partner.modifyAddress(actor, PostalAddress.builder()
                    .identiteDestinataire("Tentative de changer la raison sociale")
                    .lieuDitBoitePostale(step.flag() ? "BP1972" : "BP91338")
                    .codePostal("62000").commune("Arras").build());
        };
    }

    /** The rules of spec §3.2, stated independently of the implementation. */
    private static String expectedOutcome(Step step, Partner before, UserId actor, UserId target) {
        if (!before.isAdministrator(actor)) {
            return PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal().code();
        }
        if (step.kind().targetsAUser && before.user(target).isEmpty()) {
            return PartnerRefusal.USER_NOT_FOUND.refusal().code();
        }
        return switch (step.kind()) {
            case CREATE -> before.users().stream().anyMatch(user -> user.login().key().equals(Login.of(step.login()).key()))
                    ? PartnerRefusal.LOGIN_ALREADY_USED.refusal().code() : OK;
            case REVOKE -> target.equals(actor) ? PartnerRefusal.SELF_REVOCATION.refusal().code() : OK;
            case DELETE -> target.equals(actor) ? PartnerRefusal.SELF_DELETION.refusal().code()
                    : before.isAdministrator(target) ? PartnerRefusal.ADMINISTRATOR_DELETION.refusal().code() : OK;
            case GRANT, MODIFY_USER, MODIFY_PARTNER, MODIFY_ADDRESS -> OK;
        };
    }

    private static void assertEffect(Step step, Partner before, Partner after, UserId actor, UserId target,
            UserId newUserId) {
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.id()).isEqualTo(before.id());
        switch (step.kind()) {
            case CREATE -> {
                assertThat(after.users()).hasSize(before.users().size() + 1);
                assertThat(after.user(newUserId).map(user -> user.login().value())).contains(step.login());
                assertThat(after.isAdministrator(newUserId)).isEqualTo(step.flag());
            }
            case GRANT -> assertThat(after.isAdministrator(target)).isTrue();
            case REVOKE -> {
                assertThat(target).isNotEqualTo(actor);
                assertThat(after.user(target)).isPresent();
                assertThat(after.isAdministrator(target)).isFalse();
            }
            case DELETE -> {
                assertThat(before.isAdministrator(target)).isFalse();
                assertThat(after.user(target)).isEmpty();
                assertThat(after.users()).hasSize(before.users().size() - 1);
            }
            case MODIFY_USER -> {
                PartnerUser was = before.user(target).orElseThrow();
                PartnerUser is = after.user(target).orElseThrow();
                assertThat(is.login()).isEqualTo(was.login());
                assertThat(is.administrator()).isEqualTo(was.administrator());
                assertThat(is.lastName()).isEqualTo(LastName.of("MODIFIÉ"));
            }
            case MODIFY_PARTNER, MODIFY_ADDRESS -> {
                assertThat(after.users()).isEqualTo(before.users());
                assertThat(after.address().identiteDestinataire()).contains(after.name().value());
            }
        }
    }

    private static Partner copyOf(Partner partner) {
        return new Partner(partner.id(), partner.name(), partner.siret(), partner.phone(), partner.email(),
                partner.address(), List.copyOf(partner.users()), partner.version());
    }
}
