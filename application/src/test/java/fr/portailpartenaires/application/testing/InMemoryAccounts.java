package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.domain.partner.Partner;
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
 * {@link Accounts} in memory: caisse administrators added directly, partner users kept in step with
 * {@link InMemoryPartners}. A login is unique case-insensitively in the whole portal (by {@code Login.key()});
 * look-ups compare the key they are given exactly, as a unique column would.
 */
public final class InMemoryAccounts implements Accounts {

    private final Map<UserId, Credentials> accounts = new LinkedHashMap<>();
    private final Map<String, UserId> byKey = new HashMap<>();
    /** The names of the caisse administrators (credentials carry none). */
    private final Map<UserId, Names> names = new HashMap<>();

    private record Names(LastName lastName, FirstName firstName) {
    }

    private static final Names DEFAULT_NAMES = new Names(LastName.of("INCONNU"), FirstName.of("Inconnu"));
    /** Logins another transaction takes after the use case's check: reported free, refused when stored. */
    private final java.util.Set<String> takenMeanwhile = new java.util.HashSet<>();

    @Override
    public synchronized boolean loginTaken(String loginKey) {
        return byKey.containsKey(loginKey);
    }

    /** Simulates a concurrent creation: the login looks free to the use case but the store refuses it. */
    public synchronized void takeLoginMeanwhile(String loginKey) {
        takenMeanwhile.add(loginKey);
    }

    @Override
    public Optional<Credentials> findByLogin(String loginKey) {
        Optional<Credentials> found;
        synchronized (this) {
            found = Optional.ofNullable(byKey.get(loginKey)).map(accounts::get);
        }
        return found.map(this::withClosingDate);
    }

    @Override
    public Optional<Credentials> find(UserId id) {
        Optional<Credentials> found;
        synchronized (this) {
            found = Optional.ofNullable(accounts.get(id));
        }
        return found.map(this::withClosingDate);
    }

    /** The closing date is the AFAS user's, as the database joins it (read outside this store's lock). */
    private Credentials withClosingDate(Credentials c) {
        return new Credentials(c.id(), c.login(), c.kind(), c.partner(), c.caisse(), c.email(), c.passwordHash(),
                c.passwordExpiresAt(), c.mustChangePassword(), c.lastLoginAt(), closingDate(c.id()));
    }

    @Override
    public synchronized void addCaisseAdministrator(CaisseAdministrator administrator) {
        names.put(administrator.id(), new Names(administrator.lastName(), administrator.firstName()));
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
                        names.getOrDefault(account.id(), DEFAULT_NAMES).lastName(),
                        names.getOrDefault(account.id(), DEFAULT_NAMES).firstName(), account.email()))
                .toList();
    }

    @Override
    public synchronized void removeCaisseAdministrator(UserId id) {
        Credentials removed = accounts.get(id);
        if (removed != null && removed.kind() == Kind.CAISSE_ADMIN) {
            accounts.remove(id);
            byKey.remove(removed.login().key());
            names.remove(id);
        }
    }

    @Override
    public synchronized void setPassword(UserId id, String passwordHash, Optional<Instant> expiresAt,
            boolean mustChangePassword) {
        Credentials c = existing(id);
        accounts.put(id, new Credentials(c.id(), c.login(), c.kind(), c.partner(), c.caisse(), c.email(),
                Optional.of(passwordHash), expiresAt, mustChangePassword, c.lastLoginAt()));
    }

    /** Set by {@link InMemoryPartners}: where a partner user's address is also kept. */
    private InMemoryPartners partners;

    public synchronized void keepInStepWith(InMemoryPartners partners) {
        this.partners = partners;
    }

    @Override
    public void setEmail(UserId id, fr.portailpartenaires.domain.shared.EmailAddress email) {
        Credentials c;
        synchronized (this) {
            c = existing(id);
            accounts.put(id, new Credentials(c.id(), c.login(), c.kind(), c.partner(), c.caisse(), email,
                    c.passwordHash(), c.passwordExpiresAt(), c.mustChangePassword(), c.lastLoginAt()));
        }
        if (c.partner().isPresent() && partners != null) {
            partners.userEmailChanged(c.partner().get(), id, email);
        }
        InMemoryAfasConventions afas;
        synchronized (this) {
            afas = afasConventions;
        }
        if (afas != null) {
            afas.userEmailChanged(id, email);
        }
    }

    @Override
    public synchronized void recordLogin(UserId id, Instant at) {
        Credentials c = existing(id);
        accounts.put(id, new Credentials(c.id(), c.login(), c.kind(), c.partner(), c.caisse(), c.email(),
                c.passwordHash(), c.passwordExpiresAt(), c.mustChangePassword(), Optional.of(at)));
    }

    /** Mirrors the users of a stored partner: new users get an account without password, gone users lose theirs. */
    public synchronized void syncPartner(Partner partner) {
        for (PartnerUser user : partner.users()) {
            UserId owner = byKey.get(user.login().key());
            if (takenMeanwhile.contains(user.login().key()) || (owner != null && !owner.equals(user.id()))) {
                throw new fr.portailpartenaires.application.shared.LoginTakenException();
            }
        }
        List<UserId> current = partner.users().stream().map(PartnerUser::id).toList();
        List<UserId> gone = accounts.values().stream()
                .filter(c -> c.partner().equals(Optional.of(partner.id())) && !current.contains(c.id()))
                .map(Credentials::id).toList();
        gone.forEach(id -> byKey.remove(accounts.remove(id).login().key()));
        for (PartnerUser user : partner.users()) {
            Credentials known = accounts.get(user.id());
            if (known == null) {
                insert(new Credentials(user.id(), user.login(), Kind.PARTNER_USER, Optional.of(partner.id()),
                        Optional.empty(), user.email(), Optional.empty(), Optional.empty(), false, Optional.empty()));
            } else {
                accounts.put(user.id(), new Credentials(known.id(), known.login(), known.kind(), known.partner(),
                        known.caisse(), user.email(), known.passwordHash(), known.passwordExpiresAt(),
                        known.mustChangePassword(), known.lastLoginAt()));
            }
        }
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

    /** Set by {@link InMemoryAfasConventions}: where a CAF user's closing date is kept. */
    private InMemoryAfasConventions afasConventions;

    public synchronized void keepInStepWith(InMemoryAfasConventions afasConventions) {
        this.afasConventions = afasConventions;
    }

    @Override
    public java.util.Optional<java.time.LocalDate> closingDate(UserId id) {
        InMemoryAfasConventions afas;
        synchronized (this) {
            afas = afasConventions;
        }
        return afas == null ? Optional.empty() : afas.closingDate(id);
    }
}
