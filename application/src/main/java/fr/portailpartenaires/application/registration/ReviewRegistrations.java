package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.RegistrationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A caisse administrator reviews the registrations made with their caisse (spec §2.1, §3.4). */
@UseCase
public interface ReviewRegistrations {

    /** The pending registrations of the administrator's caisse only, oldest first, keyset-paginated. */
    Outcome<List<PendingRegistration>> pending(Principal caisseAdministrator, Optional<RegistrationId> after, int limit);

    /** Creates the partner, its validated convention and its first administrator, and mails the temporary password. */
    Outcome<Validated> validate(Principal caisseAdministrator, RegistrationId id, String sourceAddress);

    /** Refuses the registration with a motif mailed to the requester. */
    Outcome<Invalidated> invalidate(Principal caisseAdministrator, RegistrationId id, String motif, String sourceAddress);

    /** A pending registration as the caisse sees it. */
    /** @param raisonSocialeAttendue the raison sociale the caisse registered with the number, to compare (or null) */
    record PendingRegistration(java.util.UUID id, Instant submittedAt, String regime, String caisse, String codeConvention,
            String typePartenaire, String nomPartenaire, String siret, String telephone, String codePostal, String commune,
            String adresse, String administrateurNom, String administrateurPrenom, String administrateurLogin,
            String administrateurEmail, String administrateurTelephone, String raisonSocialeAttendue) {
    }

    record Validated(java.util.UUID id, java.util.UUID partnerId, String administratorLogin) {
    }

    record Invalidated(java.util.UUID id) {
    }
}
