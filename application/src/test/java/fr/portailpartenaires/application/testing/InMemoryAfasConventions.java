package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.habilitation.AfasConventions;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.IdentifierPrefix;
import fr.portailpartenaires.domain.habilitation.Period;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link AfasConventions} in memory, with the optimistic version and the identifier counters of the real one. Like
 * the database, which joins the account, it reads a user's address and closing date from the accounts (ADR 26): it
 * never writes them.
 */
public final class InMemoryAfasConventions implements AfasConventions {

    private final Map<AfasConventionId, AfasConvention> conventions = new LinkedHashMap<>();
    private final Map<AfasConventionId, Integer> nextSequences = new HashMap<>();
    private final InMemoryAccounts accounts;

    public InMemoryAfasConventions(InMemoryAccounts accounts) {
        this.accounts = accounts;
    }

    /** The convention as read: each user's names, address, phone and closing date are their account's. */
    private AfasConvention read(AfasConvention convention) {
        return new AfasConvention(convention.id(), convention.partner(), convention.caf(), convention.libelle(),
                convention.cafPivot(), convention.period(), convention.validatedOn(), convention.prefix(),
                convention.activities(), convention.groups(), convention.users().stream().map(this::read).toList(),
                convention.memberships(), convention.grants(), convention.requests(), convention.version());
    }

    private AfasUser read(AfasUser user) {
        return accounts.find(user.id()).flatMap(account -> accounts.partnerUser(user.id())
                .map(person -> new AfasUser(user.id(), user.identifier(), person.lastName(), person.firstName(),
                        account.email(), person.phone(), user.workStyle(),
                        new Period(user.period().start(), account.closedOn()))))
                .orElse(user);
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
        return Optional.ofNullable(conventions.get(id)).map(this::read);
    }

    @Override
    public synchronized List<AfasConvention> ofPartner(PartnerId partner) {
        return conventions.values().stream().filter(convention -> convention.partner().equals(partner))
                .sorted(Comparator.comparing(AfasConvention::libelle)).map(this::read).toList();
    }

    @Override
    public synchronized List<AfasConvention> ofCaf(CaisseCode caf) {
        return conventions.values().stream().filter(convention -> convention.caf().equals(caf))
                .sorted(Comparator.comparing(AfasConvention::libelle)).map(this::read).toList();
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
