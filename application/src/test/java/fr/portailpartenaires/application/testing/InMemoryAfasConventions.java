package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.habilitation.AfasConventions;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.IdentifierPrefix;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link AfasConventions} in memory, with the optimistic version and the identifier counters of the real one. */
public final class InMemoryAfasConventions implements AfasConventions {

    private final Set<String> takenElsewhere = new HashSet<>();

    private final Map<AfasConventionId, AfasConvention> conventions = new LinkedHashMap<>();
    private final Map<AfasConventionId, Integer> nextSequences = new HashMap<>();
    private final InMemoryAccounts accounts;

    public InMemoryAfasConventions(InMemoryAccounts accounts) {
        this.accounts = accounts;
        accounts.keepInStepWith(this);
    }

    /** The closing date of the AFAS user with this account, as the real store reads it from {@code afas_user}. */
    public synchronized Optional<java.time.LocalDate> closingDate(fr.portailpartenaires.domain.user.UserId id) {
        return conventions.values().stream().flatMap(convention -> convention.users().stream())
                .filter(user -> user.id().equals(id)).findFirst().flatMap(user -> user.period().end());
    }

    /**
     * What {@link InMemoryAccounts#setEmail} does to a CAF user, as the real store reads the address from the account:
     * the user's address, which is also its unique key among AFAS users, follows.
     */
    public synchronized void userEmailChanged(fr.portailpartenaires.domain.user.UserId id, EmailAddress email) {
        conventions.replaceAll((conventionId, convention) -> new AfasConvention(convention.id(), convention.partner(),
                convention.caf(), convention.libelle(), convention.cafPivot(), convention.period(),
                convention.validatedOn(), convention.prefix(), convention.activities(), convention.groups(),
                convention.users().stream().map(user -> user.id().equals(id)
                        ? new AfasUser(user.id(), user.identifier(), user.lastName(), user.firstName(), email,
                                user.phone(), user.workStyle(), user.period())
                        : user).toList(),
                convention.memberships(), convention.grants(), convention.requests(), convention.version()));
    }

    @Override
    public synchronized void add(AfasConvention convention, int firstSequence) {
        if (conventions.containsKey(convention.id())) {
            throw new IllegalStateException("Convention " + convention.id() + " is already stored");
        }
        conventions.put(convention.id(), convention);
        nextSequences.put(convention.id(), firstSequence);
    }

    @Override
    public synchronized Optional<AfasConvention> find(AfasConventionId id) {
        return Optional.ofNullable(conventions.get(id));
    }

    @Override
    public synchronized List<AfasConvention> ofPartner(PartnerId partner) {
        return conventions.values().stream().filter(convention -> convention.partner().equals(partner))
                .sorted(Comparator.comparing(AfasConvention::libelle)).toList();
    }

    @Override
    public synchronized List<AfasConvention> ofCaf(CaisseCode caf) {
        return conventions.values().stream().filter(convention -> convention.caf().equals(caf))
                .sorted(Comparator.comparing(AfasConvention::libelle)).toList();
    }

    @Override
    public synchronized boolean update(AfasConvention convention) {
        AfasConvention stored = conventions.get(convention.id());
        if (stored == null || stored.version() != convention.version()) {
            return false;
        }
        conventions.put(convention.id(), new AfasConvention(convention.id(), convention.partner(), convention.caf(),
                convention.libelle(), convention.cafPivot(), convention.period(), convention.validatedOn(),
                convention.prefix(), convention.activities(), convention.groups(), convention.users(),
                convention.memberships(), convention.grants(), convention.requests(), convention.version() + 1));
        return true;
    }

    @Override
    public synchronized int nextSequence(AfasConventionId id) {
        int next = nextSequences.get(id);
        nextSequences.put(id, next + 1);
        return next;
    }

    @Override
    public synchronized boolean emailUsed(EmailAddress email) {
        return takenElsewhere.contains(email.normalized())
                || conventions.values().stream().flatMap(convention -> convention.users().stream())
                        .anyMatch(user -> user.email().normalized().equals(email.normalized()));
    }

    /** The address of a CAF user of a convention the test does not build (as another portal user would hold it). */
    public synchronized void takenElsewhere(EmailAddress email) {
        takenElsewhere.add(email.normalized());
    }

    @Override
    public synchronized boolean prefixUsed(IdentifierPrefix prefix) {
        return conventions.values().stream().anyMatch(convention -> convention.prefix().equals(prefix));
    }

    @Override
    public List<EmailAddress> cafAddresses(CaisseCode caf) {
        return accounts.caisseAdministratorEmails(caf);
    }

    public synchronized int peekNextSequence(AfasConventionId id) {
        return nextSequences.get(id);
    }
}
