package fr.portailpartenaires.adapters.persistence;

import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.Accounts;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION_NUMBER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.HABITAT_DECISION;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.HABITAT_ORDER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.HABITAT_VISIT_CERTIFICATE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.REGISTRATION;

import fr.portailpartenaires.application.registration.RegistrationDetails;
import fr.portailpartenaires.domain.convention.CguAcceptance;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.Registration;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.PostalCode;
import fr.portailpartenaires.domain.shared.RepetitionIndex;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The seed's example (spec §2.1) as test data: Association Ciel Bleu, registered with CARSAT
 * Nord-Picardie under convention 757300 by its administrator GRIZZI Alexandre ({@code Alex7}), with a
 * valid SIRET (the seed's own fails its Luhn key).
 */
public final class Fixtures {

    /** A time with microseconds, the precision both databases keep. */
    public static final Instant NOW = Instant.parse("2025-03-03T09:15:30.123456Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    public static final Caisse CARSAT_NORD_PICARDIE =
            new Caisse(CaisseCode.of("CARSAT-NORD-PICARDIE"), RegimeCode.of("CNAV"), "CARSAT Nord-Picardie");
    public static final Caisse CAF_PAS_DE_CALAIS = new Caisse(CaisseCode.of("CAF-62"), RegimeCode.of("CAF"), "CAF du Pas-de-Calais");
    public static final ConventionCode CODE_757300 = ConventionCode.of("757300");
    public static final PartnerName CIEL_BLEU = PartnerName.of("Association Ciel Bleu");
    public static final Siret SIRET = Siret.of("12345678298741");
    public static final PhoneNumber PHONE = PhoneNumber.of("0302010509");

    private Fixtures() {
    }

    /** Empties the tables the adapters write, so that every test starts from the seeded reference data only. */
    public static void clear(Database database) {
        var dsl = database.dsl();
        dsl.deleteFrom(ACCOUNT).execute();
        dsl.deleteFrom(HABITAT_DECISION).execute();
        dsl.deleteFrom(HABITAT_VISIT_CERTIFICATE).execute();
        dsl.deleteFrom(HABITAT_ORDER).execute();
        dsl.deleteFrom(CONVENTION).execute();
        dsl.deleteFrom(REGISTRATION).execute();
        dsl.deleteFrom(PARTNER).execute();
        dsl.deleteFrom(CONVENTION_NUMBER).execute();
    }

    /** 107 B Esplanade de Madrid, 62000 Arras. */
    public static PostalAddress arras() {
        return new PostalAddress(Optional.of(CIEL_BLEU.value()), Optional.empty(), Optional.empty(), Optional.of("107"),
                Optional.of(RepetitionIndex.BIS), Optional.of("Esplanade de Madrid"), Optional.empty(),
                PostalCode.of("62000"), "Arras", Optional.empty(), Optional.empty());
    }

    /** An address with every field filled in, to show that each column is kept. */
    public static PostalAddress everyField(String identity) {
        return new PostalAddress(Optional.of(identity), Optional.of("Service des aides"), Optional.of("Résidence Les Tilleuls"),
                Optional.of("12"), Optional.of(RepetitionIndex.QUINQUIES), Optional.of("rue des Jardins"),
                Optional.of("Lieu-dit Le Moulin"), PostalCode.of("62008"), "Arras", Optional.of("9"),
                Optional.of("Arras-1"));
    }

    public static PartnerUser alex7() {
        return new PartnerUser(UserId.random(), Login.of("Alex7"), LastName.of("GRIZZI"), FirstName.of("Alexandre"),
                Optional.of(PHONE), EmailAddress.of("alexandre.grizzi@cielbleu.fr"), true);
    }

    public static PartnerUser martin37() {
        return new PartnerUser(UserId.random(), Login.of("Martin37"), LastName.of("MARTIN"), FirstName.of("Mikael"),
                Optional.empty(), EmailAddress.of("mikael.martin@cielbleu.fr"), false);
    }

    public static PartnerUser solange778() {
        return new PartnerUser(UserId.random(), Login.of("Solange778"), LastName.of("SOLEIL"), FirstName.of("Solange"),
                Optional.of(PhoneNumber.of("0321000000")), EmailAddress.of("Solange.Soleil@CielBleu.fr"), true);
    }

    /** Association Ciel Bleu as its registration creates it: version 0, Alex7 its only administrator. */
    /**
     * A partner stored as the use cases store one (ADR 26): the partner, then its users' accounts, the identity's
     * owner.
     */
    public static void store(Partners partners, Accounts accounts, Partner partner) {
        partners.add(partner);
        partner.users().forEach(user -> accounts.openPartnerUser(partner.id(), user));
    }

    public static Partner cielBleu() {
        return Partner.register(PartnerId.random(), CIEL_BLEU, Optional.of(SIRET), PHONE, arras(), alex7());
    }

    /** Another partner, whose only administrator has the given login. */
    public static Partner otherPartner(String login) {
        PartnerUser administrator = new PartnerUser(UserId.random(), Login.of(login), LastName.of("DURAND"),
                FirstName.of("Claire"), Optional.empty(), EmailAddress.of("claire.durand@ergo.fr"), true);
        PartnerName name = PartnerName.of("Ergo Habitat " + login);
        return Partner.register(PartnerId.random(), name, Optional.empty(), PhoneNumber.of("0612345678"),
                everyField(name.value()), administrator);
    }

    public static ConventionTerms terms(Caisse caisse, ConventionCode code) {
        return new ConventionTerms(caisse, code, PartnerType.STRUCTURE_EVALUATION);
    }

    public static RegistrationDetails cielBleuForm() {
        return new RegistrationDetails(CIEL_BLEU, Optional.of(SIRET), PHONE, arras(),
                new RegistrationDetails.FirstAdministrator(LastName.of("GRIZZI"), FirstName.of("Alexandre"),
                        Login.of("Alex7"), EmailAddress.of("alexandre.grizzi@cielbleu.fr"), PHONE));
    }

    /** Ciel Bleu's registration with CARSAT Nord-Picardie under 757300. */
    public static Registration.EnAttenteDeValidation<RegistrationDetails> cielBleuRegistration() {
        return registration(UUID.randomUUID(), CARSAT_NORD_PICARDIE, CODE_757300, NOW);
    }

    public static Registration.EnAttenteDeValidation<RegistrationDetails> registration(UUID id, Caisse caisse,
            ConventionCode code, Instant submittedAt) {
        return new Registration.EnAttenteDeValidation<>(new RegistrationId(id), terms(caisse, code), cielBleuForm(),
                new CguAcceptance("2024-01", submittedAt.minusSeconds(90)), submittedAt);
    }
}
