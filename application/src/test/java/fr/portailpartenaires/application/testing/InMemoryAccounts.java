package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.EmailTakenException;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.application.shared.LoginTakenException;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.partner.PartnerUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.user.UserId;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;

/**
 * {@link Accounts} in memory, the rows of the {@code account} table: caisse administrators and partner users, each
 * with their identity (names, phone, address, password, status) and a partner user's membership and right, which
 * {@link InMemoryPartners} reads and whose right it writes, as {@code JooqPartners} does the table's. A login is
 * unique case-insensitively in the whole portal (by {@code Login.key()}); look-ups compare the key they are given exactly, as a unique column would. A reserved address is unique too, its
 * key following the account's address as {@code AccountEmails} makes it; the closing date is the account's.
 */
public final class InMemoryAccounts implements Accounts, DirectTransactions.Snapshots {

    private final Map<UserId, Credentials> accounts = new LinkedHashMap<>();
    private final Map<String, UserId> byKey = new HashMap<>();
    /** The account's columns the credentials do not carry. */
    private final Map<UserId, Person> persons = new HashMap<>();

    private record Person(LastName lastName, FirstName firstName, Optional<PhoneNumber> phone, boolean administrator) {
    }
    /** Logins another transaction takes after the use case's check: reported free, refused when stored. */
    private final java.util.Set<String> takenMeanwhile = new java.util.HashSet<>();
    /** The keys of the reserved addresses, by account (the {@code email_key} column). */
    private final Map<UserId, String> emailKeys = new HashMap<>();
    /** Reserved addresses of accounts the test does not build (as another portal user would hold them). */
    private final java.util.Set<String> reservedElsewhere = new java.util.HashSet<>();

    @Override
    public synchronized boolean emailTaken(EmailAddress email) {
        return reservedElsewhere.contains(email.normalized()) || emailKeys.containsValue(email.normalized());
    }

    /** The address of a CAF user of a convention the test does not build, reserved as theirs would be. */
    public synchronized void reservedElsewhere(EmailAddress email) {
        reservedElsewhere.add(email.normalized());
    }

    @Override
    public synchronized void reserveEmail(UserId id) {
        EmailAddress email = existing(id).email();
        refuseTaken(id, email);
        emailKeys.put(id, email.normalized());
    }

    /** What the unique key of the reserved addresses refuses: another account's. */
    private void refuseTaken(UserId id, EmailAddress email) {
        boolean elsewhere = reservedElsewhere.contains(email.normalized()) || emailKeys.entrySet().stream()
                .anyMatch(entry -> !entry.getKey().equals(id) && entry.getValue().equals(email.normalized()));
        if (elsewhere) {
            throw new EmailTakenException();
        }
    }

    private static Credentials withEmail(Credentials c, EmailAddress email) {
        return new Credentials(c.id(), c.login(), c.kind(), c.partner(), c.caisse(), email, c.passwordHash(),
                c.passwordExpiresAt(), c.mustChangePassword(), c.lastLoginAt(), c.closedOn());
    }

    @Override
    public synchronized boolean loginTaken(String loginKey) {
        return byKey.containsKey(loginKey);
    }

    /** Simulates a concurrent creation: the login looks free to the use case but the store refuses it. */
    public synchronized void takeLoginMeanwhile(String loginKey) {
        takenMeanwhile.add(loginKey);
    }

    @Override
    public synchronized Optional<Credentials> findByLogin(String loginKey) {
        return Optional.ofNullable(byKey.get(loginKey)).map(accounts::get);
    }

    @Override
    public synchronized Optional<Credentials> find(UserId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public synchronized void addCaisseAdministrator(CaisseAdministrator administrator) {
        persons.put(administrator.id(), new Person(administrator.lastName(), administrator.firstName(),
                Optional.empty(), true));
        insert(new Credentials(administrator.id(), administrator.login(), Kind.CAISSE_ADMIN, Optional.empty(),
                Optional.of(administrator.caisse()), administrator.email(), Optional.empty(), Optional.empty(), false,
                Optional.empty()));
    }

    @Override
    public synchronized int caisseAdministrators(CaisseCode caisse) {
        return (int) accounts.values().stream()
                .filter(account -> account.kind() == Kind.CAISSE_ADMIN && account.caisse().equals(Optional.of(caisse)))
                .count();
    }

    @Override
    public synchronized java.util.List<CaisseAdministrator> caisseStaffForUpdate(CaisseCode caisse) {
        return accounts.values().stream()
                .filter(account -> account.kind() == Kind.CAISSE_ADMIN && account.caisse().equals(Optional.of(caisse)))
                .sorted(java.util.Comparator.comparing(account -> account.login().key()))
                .map(account -> new CaisseAdministrator(account.id(), caisse, account.login(),
                        persons.get(account.id()).lastName(), persons.get(account.id()).firstName(), account.email()))
                .toList();
    }

    @Override
    public synchronized void removeCaisseAdministrator(UserId id) {
        Credentials removed = accounts.get(id);
        if (removed != null && removed.kind() == Kind.CAISSE_ADMIN) {
            accounts.remove(id);
            byKey.remove(removed.login().key());
            persons.remove(id);
            emailKeys.remove(id);
        }
    }

    @Override
    public synchronized void openPartnerUser(PartnerId partner, PartnerUser user) {
        if (takenMeanwhile.contains(user.login().key()) || byKey.containsKey(user.login().key())) {
            throw new LoginTakenException();
        }
        insert(new Credentials(user.id(), user.login(), Kind.PARTNER_USER, Optional.of(partner), Optional.empty(),
                user.email(), Optional.empty(), Optional.empty(), false, Optional.empty()));
        persons.put(user.id(), new Person(user.lastName(), user.firstName(), user.phone(), user.administrator()));
    }

    @Override
    public synchronized void removePartnerUser(UserId id) {
        Credentials removed = accounts.get(id);
        if (removed != null && removed.kind() == Kind.PARTNER_USER) {
            accounts.remove(id);
            byKey.remove(removed.login().key());
            persons.remove(id);
            emailKeys.remove(id);
        }
    }

    @Override
    public synchronized void setNamesAndPhone(UserId id, LastName lastName, FirstName firstName,
            Optional<PhoneNumber> phone) {
        existing(id);
        Person person = persons.get(id);
        persons.put(id, new Person(lastName, firstName, phone, person.administrator()));
    }

    /** The users of a partner as the {@code account} rows give them, by login key (what {@code JooqPartners} reads). */
    public synchronized List<PartnerUser> usersOf(PartnerId partner) {
        return accounts.values().stream()
                .filter(account -> account.partner().equals(Optional.of(partner)))
                .sorted(java.util.Comparator.comparing((Credentials account) -> account.login().key()))
                .map(this::partnerUser)
                .toList();
    }

    /** A partner user's account as a partner's user (what {@code JooqAfasConventions} joins for a CAF user). */
    public synchronized Optional<PartnerUser> partnerUser(UserId id) {
        return Optional.ofNullable(accounts.get(id)).filter(account -> account.kind() == Kind.PARTNER_USER)
                .map(this::partnerUser);
    }

    private PartnerUser partnerUser(Credentials account) {
        Person person = persons.get(account.id());
        return new PartnerUser(account.id(), account.login(), person.lastName(), person.firstName(), person.phone(),
                account.email(), person.administrator());
    }

    /** A partner user's right, which the partner's save writes (as {@code JooqPartners} does the column). */
    public synchronized void setAdministrator(PartnerId partner, UserId id, boolean administrator) {
        Credentials account = accounts.get(id);
        if (account != null && account.partner().equals(Optional.of(partner))) {
            Person person = persons.get(id);
            persons.put(id, new Person(person.lastName(), person.firstName(), person.phone(), administrator));
        }
    }

    @Override
    public synchronized void setPassword(UserId id, String passwordHash, Optional<Instant> expiresAt,
            boolean mustChangePassword) {
        Credentials c = existing(id);
        accounts.put(id, new Credentials(c.id(), c.login(), c.kind(), c.partner(), c.caisse(), c.email(),
                Optional.of(passwordHash), expiresAt, mustChangePassword, c.lastLoginAt(), c.closedOn()));
    }

    @Override
    public synchronized void setEmail(UserId id, EmailAddress email) {
        Credentials c = existing(id);
        followReservation(id, email);
        accounts.put(id, withEmail(c, email));
    }

    /** A reserved address stays reserved: its key follows the account's new address, if no other account has it. */
    private void followReservation(UserId id, EmailAddress email) {
        if (emailKeys.containsKey(id)) {
            refuseTaken(id, email);
            emailKeys.put(id, email.normalized());
        }
    }

    @Override
    public synchronized void recordLogin(UserId id, Instant at) {
        Credentials c = existing(id);
        accounts.put(id, new Credentials(c.id(), c.login(), c.kind(), c.partner(), c.caisse(), c.email(),
                c.passwordHash(), c.passwordExpiresAt(), c.mustChangePassword(), Optional.of(at), c.closedOn()));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UserId, Credentials> savedAccounts = new LinkedHashMap<>(accounts);
        Map<String, UserId> savedKeys = new HashMap<>(byKey);
        Map<UserId, Person> savedPersons = new HashMap<>(persons);
        Map<UserId, String> savedEmailKeys = new HashMap<>(emailKeys);
        return () -> {
            synchronized (this) {
                restore(accounts, savedAccounts);
                restore(byKey, savedKeys);
                restore(persons, savedPersons);
                restore(emailKeys, savedEmailKeys);
            }
        };
    }

    private static <K, V> void restore(Map<K, V> map, Map<K, V> saved) {
        map.clear();
        map.putAll(saved);
    }

    public synchronized int size() {
        return accounts.size();
    }

    /** How many accounts the users of the partner have. */
    public synchronized int accountsOf(fr.portailpartenaires.domain.partner.PartnerId partner) {
        return (int) accounts.values().stream()
                .filter(account -> account.partner().equals(Optional.of(partner))).count();
    }

    private void insert(Credentials credentials) {
        if (accounts.containsKey(credentials.id()) || byKey.containsKey(credentials.login().key())) {
            throw new IllegalStateException("Unique key violated: account " + credentials.id() + " / login "
                    + credentials.login().key());
        }
        accounts.put(credentials.id(), credentials);
        byKey.put(credentials.login().key(), credentials.id());
    }

    private Credentials existing(UserId id) {
        Credentials credentials = accounts.get(id);
        if (credentials == null) {
            throw new IllegalStateException("No account " + id);
        }
        return credentials;
    }

    /** The addresses of a caisse's administrators (what {@code JooqAfasConventions.cafAddresses} reads). */
    public synchronized java.util.List<fr.portailpartenaires.domain.shared.EmailAddress> caisseAdministratorEmails(
            fr.portailpartenaires.domain.reference.CaisseCode caisse) {
        return accounts.values().stream()
                .filter(account -> account.caisse().filter(caisse::equals).isPresent())
                .map(Credentials::email)
                .toList();
    }

    @Override
    public synchronized Optional<java.time.LocalDate> closingDate(UserId id) {
        return Optional.ofNullable(accounts.get(id)).flatMap(Credentials::closedOn);
    }

    @Override
    public synchronized void setClosingDate(UserId id, Optional<java.time.LocalDate> closedOn) {
        Credentials c = existing(id);
        accounts.put(id, new Credentials(c.id(), c.login(), c.kind(), c.partner(), c.caisse(), c.email(),
                c.passwordHash(), c.passwordExpiresAt(), c.mustChangePassword(), c.lastLoginAt(), closedOn));
    }
}
