package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;

/**
 * The seed's partner: Association Ciel Bleu, whose administrator GRIZZI Alexandre ({@code Alex7})
 * creates MARTIN Mikael ({@code Martin37}) and SOLEIL Solange ({@code Solange778}, administrator).
 * The seed's SIRET {@code 12345678998745} fails its Luhn key, so a valid one stands in for it.
 */
final class CielBleu {

    static final PartnerId ID = new PartnerId(UUID.fromString("5c1e0b7a-0000-4000-8000-000000000001"));
    static final PartnerName NAME = PartnerName.of("Association Ciel Bleu");
    static final Siret SIRET = Siret.of("12345678298741");
    static final PhoneNumber PHONE = PhoneNumber.of("0302010509");
    static final UserId ALEX7 = new UserId(UUID.fromString("a1e70000-0000-4000-8000-000000000007"));
    static final UserId MARTIN37 = new UserId(UUID.fromString("3a271000-0000-4000-8000-000000000037"));
    static final UserId SOLANGE778 = new UserId(UUID.fromString("5011a000-0000-4000-8000-000000000778"));

    private CielBleu() {
    }

    static PostalAddress address() {
        return PostalAddress.builder().numero("107").complement("B").typeEtLibelleVoie("Esplanade de Madrid")
                .codePostal("62000").commune("Arras").build();
    }

    static PartnerUser alex7() {
        return new PartnerUser(ALEX7, Login.of("Alex7"), LastName.of("GRIZZI"), FirstName.of("Alexandre"),
                Optional.of(PHONE), EmailAddress.of("alexandre52@fr.fr"), true);
    }

    static PartnerUser martin37() {
        return new PartnerUser(MARTIN37, Login.of("Martin37"), LastName.of("MARTIN"), FirstName.of("Mikael"),
                Optional.empty(), EmailAddress.of("martin37@fr.fr"), false);
    }

    static PartnerUser solange778() {
        return new PartnerUser(SOLANGE778, Login.of("Solange778"), LastName.of("SOLEIL"), FirstName.of("Solange"),
                Optional.of(PhoneNumber.of("03 02 01 05 10")), EmailAddress.of("solange778@fr.fr"), true);
    }

    /** Just registered: Alex7 is its only user. */
    static Partner registered() {
        return Partner.register(ID, NAME, Optional.of(SIRET), PHONE, address(), alex7());
    }

    /** After Alex7 created Martin37 (not administrator) and Solange778 (administrator). */
    static Partner withItsThreeUsers() {
        return registered().createUser(ALEX7, martin37())
                .flatMap(partner -> partner.createUser(ALEX7, solange778()))
                .orElseThrow();
    }
}
