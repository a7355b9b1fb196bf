package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.Siret;
import java.util.Optional;

/** The new values of the "Partenaire" tab: nom du partenaire, SIRET, téléphone and e-mail. */
public record PartnerData(PartnerName name, Optional<Siret> siret, PhoneNumber phone, Optional<EmailAddress> email) {

    public PartnerData {
        Components.required(PartnerData.class, name, siret, phone, email);
    }
}
