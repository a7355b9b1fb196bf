package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.IdentifierPrefix;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import java.util.List;
import java.util.Optional;

/**
 * The AFAS conventions of the CAF profile (spec §6), each with its activities, groups, users, memberships, grants
 * and approver validation requests (one aggregate), stored with an optimistic version; and the sequence of each
 * convention's generated identifiers. A user of a convention is an account, referred to by its id: the store keeps
 * what only AFAS knows of them (poste, date d'ouverture) and reads the rest — identifier, names, address, phone,
 * closing date — from the account ({@link fr.portailpartenaires.application.shared.Accounts}), which alone writes it.
 */
public interface AfasConventions {

    /**
     * Stores a new convention (with its activities and places); its identifier sequence starts at
     * {@code firstSequence} (seed: 480, « SM »).
     */
    void add(AfasConvention convention, int firstSequence);

    Optional<AfasConvention> find(AfasConventionId id);

    /** The partner's conventions, by libellé. */
    List<AfasConvention> ofPartner(PartnerId partner);

    /** The conventions a CAF created, by libellé. */
    List<AfasConvention> ofCaf(CaisseCode caf);

    /**
     * Stores the changed convention if its version is still {@code convention.version()}; answers false, changing
     * nothing, otherwise. Of its users it stores what only AFAS knows: their accounts must exist.
     */
    boolean update(AfasConvention convention);

    /**
     * Draws the convention's next identifier sequence number, in the caller's transaction: concurrent draws wait for
     * each other and never get the same number; a rolled-back draw issued nothing, so no identifier is ever given twice.
     */
    int nextSequence(AfasConventionId id);

    /** True when a convention already uses this identifier prefix. */
    boolean prefixUsed(IdentifierPrefix prefix);

    /** Where a CAF's approver validation requests go: the addresses of its administrators' accounts. */
    List<EmailAddress> cafAddresses(CaisseCode caf);
}
