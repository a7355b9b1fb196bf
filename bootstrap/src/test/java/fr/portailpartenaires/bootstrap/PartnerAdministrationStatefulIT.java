package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AUDIT_EVENT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.application.partner.AdministerMyPartner.PartnerDataForm;
import fr.portailpartenaires.application.partner.ManagePartnerUsers.NewUserForm;
import fr.portailpartenaires.application.partner.ManagePartnerUsers.UserForm;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;

/**
 * A state-based property through the application layer on a real database (H2): random chains of the
 * partner's administration use cases — by its administrators, its simple users, another partner's
 * administrator or a caisse administrator, on its users, another partner's users or unknown ids — each
 * step reading the state as the database holds it. After every step: the partner has an administrator,
 * every login is unique in the whole portal, a refused step changed nothing (neither partner, nor the
 * audit trail, nor the outbox), and an accepted one did what it said. Statistics check that every use
 * case succeeds and every refusal happens, so the property cannot pass vacuously.
 */
class PartnerAdministrationStatefulIT {

    private static final String OUTCOMES = "outcomes";
    private static final String OK = "ok";
    private static final AtomicInteger TRIES = new AtomicInteger();

    private static HikariDataSource h2;
    private static Portal portal;
    private static Partner ergo;
    private static PartnerUser claire;
    private static PartnerUser paul;

    @BeforeContainer
    static void portalOnH2() {
        h2 = DataSources.h2InMemory("stateful-" + System.nanoTime());
        portal = Portal.builder().dataSource(h2).backgroundJobs(false).build();
        claire = PartnerFixtures.user("Claire59", "DURAND", true);
        paul = PartnerFixtures.user("Paul59", "PETIT", false);
        ergo = PartnerFixtures.store(portal, "Ergo Habitat", claire, paul);
    }

    @AfterContainer
    static void close() {
        portal.close();
        h2.close();
    }

    enum Kind { CREATE, MODIFY_USER, GRANT, REVOKE, DELETE, MODIFY_DATA, MODIFY_ADDRESS, LIST }

    enum Caller { ADMINISTRATOR, ANY_USER, OTHER_PARTNER_ADMINISTRATOR, CAISSE_ADMINISTRATOR }

    enum Target { ANY_USER, ADMINISTRATOR, OTHER_PARTNER_USER, UNKNOWN }

    /** One step, drawn from the state as it is when the step runs. */
    record Step(Kind kind, Caller caller, int callerIndex, Target target, int targetIndex, String login,
            boolean flag) {
    }

    /** The partner under test (a fresh one per chain) and what each step is checked against. */
    static final class World {
        final PartnerId partner;
        final String prefix;

        World() {
            int number = TRIES.incrementAndGet();
            prefix = "T" + number + "u";
            PartnerUser administrator = PartnerFixtures.user(prefix + "0", "GRIZZI", true);
            partner = PartnerFixtures.store(portal, "Ciel Bleu " + number, administrator).id();
        }

        Partner current() {
            return portal.infra().partners().find(partner).orElseThrow();
        }

        void run(Step step) {
            Partner before = current();
            Partner otherBefore = portal.infra().partners().find(ergo.id()).orElseThrow();
            int audits = portal.infra().database().dsl().fetchCount(AUDIT_EVENT);
            int mails = portal.infra().database().dsl().fetchCount(MAIL_OUTBOX);
            Principal caller = caller(step, before);
            UserId target = target(step, before);
            if (partnerOf(caller).equals(Optional.of(ergo.id())) && ergo.user(target).isPresent()) {
                target = new UserId(new UUID(0xE660L, step.targetIndex()));
            }

            Outcome<?> outcome = call(step, caller, target);

            String label = switch (outcome) {
                case Outcome.Done<?> done -> OK;
                case Outcome.Invalid<?> invalid -> String.join(",", invalid.errors().keySet());
                case Outcome.Refused<?> refused -> refused.refusal().code();
            };
            Statistics.label(OUTCOMES).collect(step.kind(), label);
            Partner after = current();
            expectedRefusal(step, caller, target, before).ifPresent(reason -> {
                assertThat(outcome).as("%s", step).isInstanceOf(Outcome.Refused.class);
                assertThat(((Outcome.Refused<?>) outcome).reason()).as("%s", step).isEqualTo(reason);
            });
            if (outcome instanceof Outcome.Done<?>) {
                assertEffect(step, before, after, target);
            } else {
                assertThat(after).as("a refused %s changes nothing", step).isEqualTo(before);
                assertThat(portal.infra().database().dsl().fetchCount(AUDIT_EVENT)).isEqualTo(audits);
                assertThat(portal.infra().database().dsl().fetchCount(MAIL_OUTBOX)).isEqualTo(mails);
            }
            assertThat(portal.infra().partners().find(ergo.id())).as("the other partner").contains(otherBefore);
        }

        private static Optional<PartnerId> partnerOf(Principal caller) {
            return caller instanceof Principal.PartnerUser user ? Optional.of(user.partnerId()) : Optional.empty();
        }

        /**
         * The refusal the caller's position commands, whatever the form says: not an administrator of this
         * partner → forbidden; an administrator acting on someone who is not one of its users → not found.
         */
        private Optional<Outcome.Reason> expectedRefusal(Step step, Principal caller, UserId target, Partner before) {
            boolean administratorHere = partnerOf(caller).equals(Optional.of(partner))
                    && before.isAdministrator(caller.user());
            boolean administratorElsewhere = partnerOf(caller).equals(Optional.of(ergo.id()));
            boolean targetsAUser = switch (step.kind()) {
                case MODIFY_USER, GRANT, REVOKE, DELETE -> true;
                case CREATE, MODIFY_DATA, MODIFY_ADDRESS, LIST -> false;
            };
            if (administratorElsewhere || administratorHere) {
                return targetsAUser && before.user(target).isEmpty()
                        ? Optional.of(Outcome.Reason.NOT_FOUND) : Optional.empty();
            }
            return Optional.of(Outcome.Reason.FORBIDDEN);
        }

        private Outcome<?> call(Step step, Principal caller, UserId target) {
            var users = portal.partner().partnerUsers();
            var administration = portal.partner().partnerAdministration();
            return switch (step.kind()) {
                case CREATE -> users.create(caller, new NewUserForm("NOUVEAU", "Camille", step.login(), null,
                        "nouveau@partenaire.example", step.flag()), "10.0.0.1");
                case MODIFY_USER -> users.modify(caller, target, new UserForm("MODIFIÉ", step.flag() ? "Claude" : "Dominique",
                        step.flag() ? "0601020304" : null, "modifie@partenaire.example", null), "10.0.0.1");
                case GRANT -> users.grantAdministration(caller, target, "10.0.0.1");
                case REVOKE -> users.revokeAdministration(caller, target, "10.0.0.1");
                case DELETE -> users.delete(caller, target, "10.0.0.1");
                case MODIFY_DATA -> administration.modifyData(caller, new PartnerDataForm(
                        step.flag() ? "Ciel Bleu Arras" : "Ciel Bleu Lens", null, "0321000000", null), "10.0.0.1");
                case MODIFY_ADDRESS -> administration.modifyAddress(caller, new AddressForm(null, null,
                        step.flag() ? "12" : "7", null, "rue des Jardins", null, "62000", "Arras", null, null), "10.0.0.1");
                case LIST -> users.list(caller);
            };
        }

        private void assertEffect(Step step, Partner before, Partner after, UserId target) {
            switch (step.kind()) {
                case CREATE -> {
                    PartnerUser created = after.users().stream()
                            .filter(user -> user.login().value().equals(step.login())).findFirst().orElseThrow();
                    assertThat(created.administrator()).isEqualTo(step.flag());
                    assertThat(before.users().stream().noneMatch(user -> user.login().key().equals(created.login().key())))
                            .isTrue();
                    var account = portal.infra().accounts().find(created.id()).orElseThrow();
                    assertThat(account.mustChangePassword()).isTrue();
                    assertThat(account.passwordExpiresAt()).isPresent();
                }
                case GRANT -> assertThat(after.isAdministrator(target)).isTrue();
                case REVOKE -> {
                    assertThat(after.isAdministrator(target)).isFalse();
                    assertThat(after.users()).hasSameSizeAs(before.users());
                }
                case DELETE -> {
                    assertThat(before.isAdministrator(target)).as("only a non-administrator is deleted").isFalse();
                    assertThat(after.user(target)).isEmpty();
                    assertThat(portal.infra().accounts().find(target)).isEmpty();
                }
                case MODIFY_USER -> {
                    PartnerUser modified = after.user(target).orElseThrow();
                    assertThat(modified.login()).isEqualTo(before.user(target).orElseThrow().login());
                    assertThat(modified.lastName().value()).isEqualTo("MODIFIÉ");
                }
                case MODIFY_DATA, MODIFY_ADDRESS, LIST -> assertThat(after.users()).isEqualTo(before.users());
            }
        }

        private Principal caller(Step step, Partner current) {
            return switch (step.caller()) {
                case ADMINISTRATOR -> principal(partner, pick(current.administrators(), step.callerIndex()).id());
                case ANY_USER -> principal(partner, pick(current.users(), step.callerIndex()).id());
                // another partner's administrator may do anything in their own partner: only user operations on
                // users who are not theirs are tried with them; the rest is tried by that partner's simple user
                case OTHER_PARTNER_ADMINISTRATOR -> switch (step.kind()) {
                    case MODIFY_USER, GRANT, REVOKE, DELETE -> principal(ergo.id(), claire.id());
                    case CREATE, MODIFY_DATA, MODIFY_ADDRESS, LIST -> principal(ergo.id(), paul.id());
                };
                case CAISSE_ADMINISTRATOR -> new Principal.CaisseAdministrator(new UserId(new UUID(0xCA15L, 1)), CaisseCode.of("CARSAT-NORD-PICARDIE"),
                new Principal.Session("s", "c", false, false));
            };
        }

        private UserId target(Step step, Partner current) {
            return switch (step.target()) {
                case ANY_USER -> pick(current.users(), step.targetIndex()).id();
                case ADMINISTRATOR -> pick(current.administrators(), step.targetIndex()).id();
                case OTHER_PARTNER_USER -> pick(ergo.users(), step.targetIndex()).id();
                case UNKNOWN -> new UserId(new UUID(0xDEADL, step.targetIndex()));
            };
        }

        private static <T> T pick(List<T> pool, int index) {
            return pool.get(index % pool.size());
        }

        private static Principal principal(PartnerId partner, UserId user) {
            return new Principal.PartnerUser(user, partner, Optional.empty(),
                new Principal.Session("session-" + user.value(), "csrf-" + user.value(), false, false));
        }

        @Override
        public String toString() {
            return "World[" + prefix + "]";
        }
    }

    /** The one kind of action: a step drawn at random, whose actor and target are chosen in the current state. */
    static final class Operation implements Action.Dependent<World> {

        @Override
        public Arbitrary<Transformer<World>> transformer(World state) {
            String prefix = state.prefix;
            Arbitrary<Kind> kinds = Arbitraries.frequency(List.of(Tuple.of(4, Kind.CREATE), Tuple.of(4, Kind.GRANT),
                    Tuple.of(4, Kind.REVOKE), Tuple.of(3, Kind.DELETE), Tuple.of(2, Kind.MODIFY_USER),
                    Tuple.of(1, Kind.MODIFY_DATA), Tuple.of(1, Kind.MODIFY_ADDRESS), Tuple.of(1, Kind.LIST)));
            Arbitrary<Caller> callers = Arbitraries.frequency(List.of(Tuple.of(8, Caller.ADMINISTRATOR),
                    Tuple.of(3, Caller.ANY_USER), Tuple.of(1, Caller.OTHER_PARTNER_ADMINISTRATOR),
                    Tuple.of(1, Caller.CAISSE_ADMINISTRATOR)));
            Arbitrary<Target> targets = Arbitraries.frequency(List.of(Tuple.of(6, Target.ANY_USER),
                    Tuple.of(3, Target.ADMINISTRATOR), Tuple.of(1, Target.OTHER_PARTNER_USER), Tuple.of(1, Target.UNKNOWN)));
            Arbitrary<Integer> indexes = Arbitraries.integers().between(0, 9);
            // a few logins, in both cases, so that some are taken in this partner, and one in another partner
            Arbitrary<String> logins = Arbitraries.oneOf(
                    Arbitraries.integers().between(0, 5).map(n -> prefix + n),
                    Arbitraries.integers().between(0, 5).map(n -> (prefix + n).toUpperCase(java.util.Locale.ROOT)),
                    Arbitraries.of("Claire59", "PAUL59"));
            return Combinators.combine(kinds, callers, indexes, targets, indexes, logins, Arbitraries.of(true, false))
                    .as(Step::new)
                    .map(step -> Transformer.mutate(step.toString(), world -> world.run(step)));
        }
    }

    @Property(tries = 30)
    void the_partner_keeps_an_administrator_unique_logins_and_refusals_change_nothing(
            @ForAll("chains") ActionChain<World> chain) {
        chain.withInvariant("at least one administrator", world ->
                        assertThat(world.current().administrators()).isNotEmpty())
                .withInvariant("logins unique in the whole portal", world -> {
                    for (PartnerUser user : world.current().users()) {
                        assertThat(portal.infra().accounts().findByLogin(user.login().key()))
                                .as("the account of %s", user.login()).hasValueSatisfying(account ->
                                        assertThat(account.id()).isEqualTo(user.id()));
                    }
                    var dsl = portal.infra().database().dsl();
                    assertThat(dsl.fetchCount(dsl.selectDistinct(ACCOUNT.LOGIN_KEY).from(ACCOUNT)))
                            .isEqualTo(dsl.fetchCount(ACCOUNT));
                })
                .run();
        Statistics.label(OUTCOMES).coverage(PartnerAdministrationStatefulIT::everyOutcomeHappens);
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return ActionChain.startWith(World::new).withAction(new Operation()).withMaxTransformations(20);
    }

    private static void everyOutcomeHappens(StatisticsCoverage coverage) {
        for (Kind kind : Kind.values()) {
            coverage.check(kind, OK).count(count -> count > 0);
        }
        coverage.checkQuery(values -> values.contains("partenaire.administrateur_requis")).count(count -> count > 0);
        coverage.checkQuery(values -> values.contains("partenaire.reserve_administrateurs")).count(count -> count > 0);
        coverage.checkQuery(values -> values.contains("partenaire.utilisateur_introuvable")).count(count -> count > 0);
        coverage.check(Kind.REVOKE, "partenaire.retrait_de_ses_propres_droits").count(count -> count > 0);
        coverage.check(Kind.DELETE, "partenaire.suppression_administrateur").count(count -> count > 0);
        coverage.check(Kind.CREATE, "login").count(count -> count > 0);
        coverage.checkQuery(values -> values.contains("partenaire.dernier_administrateur")).count(count -> count == 0);
    }
}
