package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import java.util.Optional;

/**
 * What a registration form says about the partner and its first administrator, every field valid
 * (the payload of a {@link fr.portailpartenaires.domain.convention.Registration}).
 */
public record RegistrationDetails(PartnerName partnerName, Optional<Siret> siret, PhoneNumber phone,
        PostalAddress address, FirstAdministrator administrator) {

    public RegistrationDetails {
        Components.required(RegistrationDetails.class, partnerName, siret, phone, address, administrator);
    }

    /** The first administrator named in the form; every field is mandatory (spec §2.1). */
    public record FirstAdministrator(LastName lastName, FirstName firstName, Login login, EmailAddress email,
            PhoneNumber phone) {

        public FirstAdministrator {
            Components.required(FirstAdministrator.class, lastName, firstName, login, email, phone);
        }
    }
}
