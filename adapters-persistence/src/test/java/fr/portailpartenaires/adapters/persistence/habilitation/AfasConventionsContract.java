package fr.portailpartenaires.adapters.persistence.habilitation;

import fr.portailpartenaires.adapters.persistence.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.habilitation.AfasConventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.habilitation.Activity;
import fr.portailpartenaires.domain.habilitation.ActivityId;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.GrantId;
import fr.portailpartenaires.domain.habilitation.GroupCode;
import fr.portailpartenaires.domain.habilitation.IdentifierPrefix;
import fr.portailpartenaires.domain.habilitation.Membership;
import fr.portailpartenaires.domain.habilitation.Period;
import fr.portailpartenaires.domain.habilitation.Place;
import fr.portailpartenaires.domain.habilitation.PlaceId;
import fr.portailpartenaires.domain.habilitation.Role;
import fr.portailpartenaires.domain.habilitation.Scope;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import fr.portailpartenaires.domain.habilitation.WorkStyle;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The AFAS conventions stored whole, their optimistic version; their users' identity (address, closing date) read from
 * their accounts, which alone write it (ADR 26).
 */
abstract class AfasConventionsContract {

    static final LocalDate DAY = LocalDate.of(2018, 8, 30);
    static final CaisseCode CAF_13 = CaisseCode.of("CAF-13");

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    protected abstract AfasConventions afasConventions();

    /** The partners of the conventions, and the accounts their users are, in step with the conventions. */
    protected abstract Partners partners();

    protected abstract Accounts accounts();

    AfasConventions conventions;
    Partners partners;

    @BeforeEach
    void setUp() {
        clear();
        conventions = afasConventions();
        partners = partners();
    }

    record Stored(Partner partner, AfasConvention convention) {
    }

    private static PartnerUser account(UserId id, String login, String nom, String prenom, String email) {
        return new PartnerUser(id, Login.of(login), LastName.of(nom), FirstName.of(prenom), Optional.empty(),
                EmailAddress.of(email), false);
    }

    private static AfasUser afasUser(PartnerUser account) {
        return new AfasUser(account.id(), account.login(), account.lastName(), account.firstName(), account.email(),
                account.phone(), WorkStyle.ITINERANT, Period.from(DAY));
    }

    /** The seed's convention with Bruet (AFAS-HAB) and Garban (AFAS-DEC), stored with the partner. */
    Stored farandole(String prefix, String emailSuffix) {
        UserId bruetId = new UserId(UUID.randomUUID());
        PartnerUser bruet = account(bruetId, prefix + "SM", "Bruet", "Stéphane", "stephane.bruet" + emailSuffix);
        Partner partner = Partner.register(new PartnerId(UUID.randomUUID()),
                PartnerName.of("Centre Social La Farandole Istres"), Optional.empty(), PhoneNumber.of("0442000000"),
                Fixtures.arras(), bruet);
        Fixtures.store(partners, accounts(), partner);
        accounts().reserveEmail(bruetId);
        Activity activity = new Activity(new ActivityId(UUID.randomUUID()), "ESC Farandole Istres", "ALSH",
                Optional.of("Accueil de loisirs"), List.of(new Place(new PlaceId(UUID.randomUUID()), "ESC Farandole Istres"),
                        new Place(new PlaceId(UUID.randomUUID()), "ESC L'éclair")));
        AfasConvention convention = AfasConvention.create(new AfasConventionId(UUID.randomUUID()), partner.id(),
                CAF_13, "Centre Social La Farandole Istres", "Caf 132",
                Period.of(DAY, Optional.of(LocalDate.of(2030, 12, 31))).orElseThrow(), DAY, new IdentifierPrefix(prefix),
                List.of(activity))
                .openGroups(DAY).orElseThrow()
                .addUser(afasUser(bruet), DAY).orElseThrow()
                .addMembership(bruetId, true, new Membership(bruetId, GroupCode.AFAS_HAB, Period.from(DAY)), DAY)
                .orElseThrow();
        conventions.add(convention, 481);
        return new Stored(partner, convention);
    }

    /** Adds Garban as the partner's user and the convention's, in AFAS-DEC, approver pending on the activity. */
    AfasConvention withGarban(Stored stored, String emailSuffix) {
        UserId bruetId = stored.convention().users().getFirst().id();
        PartnerUser garban = account(new UserId(UUID.randomUUID()), stored.convention().prefix().value() + "SN",
                "Garban", "Gilles", "gilles.garban" + emailSuffix);
        Partner partner = partners.find(stored.partner().id()).orElseThrow();
        Partner withGarban = partner.createUser(bruetId, garban).orElseThrow();
        assertThat(partners.update(withGarban)).isTrue();
        accounts().openPartnerUser(partner.id(), withGarban.user(garban.id()).orElseThrow());
        accounts().reserveEmail(garban.id());
        AfasConvention convention = conventions.find(stored.convention().id()).orElseThrow()
                .addUser(afasUser(garban), DAY).orElseThrow()
                .addMembership(bruetId, false, new Membership(garban.id(), GroupCode.AFAS_DEC, Period.from(DAY)), DAY)
                .orElseThrow();
        var ids = new java.util.concurrent.atomic.AtomicInteger();
        return convention.grant(bruetId, garban.id(), Role.APPROBATEUR, Period.from(DAY),
                new Scope.Activities(List.of(convention.activities().getFirst().id())),
                () -> new GrantId(new UUID(0, ids.incrementAndGet())), new ValidationRequestId(UUID.randomUUID()), DAY)
                .orElseThrow().convention()
                .grant(bruetId, garban.id(), Role.FOURNISSEUR_DONNEES_ACTIVITE, Period.from(DAY),
                        new Scope.Places(List.of(convention.activities().getFirst().places().get(1).id())),
                        () -> new GrantId(new UUID(1, ids.incrementAndGet())), new ValidationRequestId(UUID.randomUUID()),
                        DAY)
                .orElseThrow().convention();
    }

    private static AfasConvention versioned(AfasConvention convention, long version) {
        return new AfasConvention(convention.id(), convention.partner(), convention.caf(), convention.libelle(),
                convention.cafPivot(), convention.period(), convention.validatedOn(), convention.prefix(),
                convention.activities(), convention.groups(), convention.users(), convention.memberships(),
                convention.grants(), convention.requests(), version);
    }

    @Nested
    class Storage {

        @Test
        void a_convention_comes_back_whole_and_its_version_moves_on_at_each_save() {
            Stored stored = farandole("ENF01302", "132@yopmail.com");
            assertThat(conventions.find(stored.convention().id())).contains(stored.convention());

            AfasConvention changed = withGarban(stored, "132@yopmail.com");
            assertThat(conventions.update(changed)).isTrue();
            AfasConvention read = conventions.find(changed.id()).orElseThrow();
            assertThat(read).isEqualTo(versioned(changed, 1));
            assertThat(read.requests()).singleElement().satisfies(request -> assertThat(request.isPending()).isTrue());

            AfasConvention validated = read.validate(read.requests().getFirst().id(), DAY.plusMonths(1), DAY.plusDays(1))
                    .orElseThrow().convention();
            assertThat(conventions.update(validated)).isTrue();
            assertThat(conventions.find(changed.id())).contains(versioned(validated, 2));
        }

        @Test
        void a_stale_save_changes_nothing() {
            Stored stored = farandole("ENF01302", "132@yopmail.com");
            AfasConvention changed = withGarban(stored, "132@yopmail.com");
            assertThat(conventions.update(changed)).isTrue();
            assertThat(conventions.update(stored.convention())).isFalse();
            assertThat(conventions.find(changed.id())).contains(versioned(changed, 1));
        }

        @Test
        void lists_by_partner_and_by_caf_and_knows_the_prefixes_the_reserved_addresses_and_the_caf_mailboxes() {
            Stored farandole = farandole("ENF01302", "132@yopmail.com");
            Stored other = farandole("ENF06901", "69@yopmail.com");
            assertThat(conventions.ofPartner(farandole.partner().id())).containsExactly(farandole.convention());
            assertThat(conventions.ofCaf(CAF_13)).hasSize(2);
            assertThat(conventions.ofCaf(CaisseCode.of("CAF-69"))).isEmpty();
            assertThat(conventions.prefixUsed(new IdentifierPrefix("ENF06901"))).isTrue();
            assertThat(conventions.prefixUsed(new IdentifierPrefix("ENF00000"))).isFalse();
            assertThat(accounts().emailTaken(EmailAddress.of("Stephane.BRUET132@yopmail.com"))).isTrue();
            assertThat(accounts().emailTaken(EmailAddress.of("personne@yopmail.com"))).isFalse();
            accounts().addCaisseAdministrator(new Accounts.CaisseAdministrator(
                    new UserId(UUID.randomUUID()), CAF_13, Login.of("AdminCaf13"), LastName.of("CAF"),
                    FirstName.of("Claire"), EmailAddress.of("afas@caf13.example")));
            assertThat(conventions.cafAddresses(CAF_13)).containsExactly(EmailAddress.of("afas@caf13.example"));
            assertThat(other.convention().id()).isNotEqualTo(farandole.convention().id());
        }

        @Test
        void an_afas_users_closing_date_is_its_accounts_and_comes_with_the_credentials_of_its_login() {
            AfasConvention withGarban = withGarban(farandole("ENF01302", "132@yopmail.com"), "132@yopmail.com");
            assertThat(conventions.update(withGarban)).isTrue();
            AfasUser garban = withGarban.users().get(1);
            assertThat(accounts().findByLogin(garban.identifier().key()).orElseThrow().closedOn()).isEmpty();

            LocalDate closing = DAY.plusMonths(2);
            AfasConvention closed = conventions.find(withGarban.id()).orElseThrow()
                    .closeUser(garban.id(), closing, DAY.plusDays(1)).orElseThrow();
            accounts().setClosingDate(garban.id(), Optional.of(closing));
            assertThat(conventions.update(closed)).isTrue();

            assertThat(conventions.find(withGarban.id()).orElseThrow().user(garban.id()).orElseThrow().period())
                    .isEqualTo(new Period(DAY, Optional.of(closing)));
            Accounts.Credentials read = accounts().findByLogin(garban.identifier().key()).orElseThrow();
            assertThat(read.closedOn()).contains(closing);
            assertThat(read.isClosedOn(closing.minusDays(1))).isFalse();
            assertThat(read.isClosedOn(closing)).isTrue();
            assertThat(accounts().find(garban.id()).orElseThrow().closedOn()).contains(closing);
            assertThat(accounts().closingDate(garban.id())).contains(closing);

            accounts().setClosingDate(garban.id(), Optional.empty());
            assertThat(accounts().closingDate(garban.id())).isEmpty();
            assertThat(conventions.find(withGarban.id()).orElseThrow().user(garban.id()).orElseThrow().period())
                    .isEqualTo(Period.from(DAY));
        }

        @Test
        void a_convention_never_writes_its_users_identity_their_accounts_do() {
            AfasConvention withGarban = withGarban(farandole("ENF01302", "132@yopmail.com"), "132@yopmail.com");
            assertThat(conventions.update(withGarban)).isTrue();
            AfasUser garban = withGarban.users().get(1);
            AfasUser elsewhere = new AfasUser(garban.id(), garban.identifier(), LastName.of("AILLEURS"),
                    FirstName.of("Autre"), EmailAddress.of("ailleurs@yopmail.com"),
                    Optional.of(PhoneNumber.of("0699999999")), WorkStyle.SEDENTAIRE,
                    new Period(DAY, Optional.of(DAY.plusYears(1))));
            AfasConvention changed = conventions.find(withGarban.id()).orElseThrow().modifyUser(elsewhere, DAY)
                    .orElseThrow();

            assertThat(conventions.update(changed)).isTrue();

            AfasUser read = conventions.find(changed.id()).orElseThrow().user(garban.id()).orElseThrow();
            assertThat(read.workStyle()).isEqualTo(WorkStyle.SEDENTAIRE);
            assertThat(read.email()).isEqualTo(garban.email());
            assertThat(read.lastName()).isEqualTo(garban.lastName());
            assertThat(read.firstName()).isEqualTo(garban.firstName());
            assertThat(read.phone()).isEqualTo(garban.phone());
            assertThat(read.period()).isEqualTo(garban.period());
            assertThat(accounts().find(garban.id()).orElseThrow().closedOn()).isEmpty();
            assertThat(accounts().emailTaken(EmailAddress.of("ailleurs@yopmail.com"))).isFalse();
        }

        @Test
        void a_users_names_and_phone_are_read_from_their_account() {
            Stored farandole = farandole("ENF01302", "132@yopmail.com");
            UserId bruet = farandole.partner().administrators().getFirst().id();

            accounts().setNamesAndPhone(bruet, LastName.of("BRUET-MARTIN"), FirstName.of("Stéphane"),
                    Optional.of(PhoneNumber.of("0611223344")));

            AfasUser read = conventions.find(farandole.convention().id()).orElseThrow().user(bruet).orElseThrow();
            assertThat(read.lastName()).isEqualTo(LastName.of("BRUET-MARTIN"));
            assertThat(read.phone()).contains(PhoneNumber.of("0611223344"));
        }

        @Test
        void a_confirmed_change_of_address_moves_the_unique_key_with_it() {
            Stored farandole = farandole("ENF01302", "132@yopmail.com");
            UserId bruet = farandole.partner().administrators().getFirst().id();

            accounts().setEmail(bruet, EmailAddress.of("S.Bruet@Farandole.example"));

            assertThat(accounts().emailTaken(EmailAddress.of("stephane.bruet132@yopmail.com"))).isFalse();
            assertThat(accounts().emailTaken(EmailAddress.of("s.bruet@farandole.example"))).isTrue();
            assertThat(conventions.find(farandole.convention().id()).orElseThrow().user(bruet).orElseThrow().email())
                    .isEqualTo(EmailAddress.of("S.Bruet@Farandole.example"));
        }

    }
}
