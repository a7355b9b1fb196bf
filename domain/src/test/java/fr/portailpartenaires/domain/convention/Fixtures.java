package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.reference.RegimeCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** The seed's partner, Association Ciel Bleu, conventioned with CARSAT Nord-Picardie under 757300. */
final class Fixtures {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    static final Instant REQUESTED_AT = Instant.parse("2025-03-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2025-03-14T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, PARIS);

    static final UUID CIEL_BLEU = UUID.fromString("00000000-0000-0000-0000-0000000c1e1b");
    static final UUID OTHER_PARTNER = UUID.fromString("00000000-0000-0000-0000-00000000beef");

    static final Caisse CARSAT_NORD_PICARDIE =
            new Caisse(CaisseCode.of("CARSAT-NORD-PICARDIE"), RegimeCode.of("CNAV"), "CARSAT Nord-Picardie");
    static final Caisse CNAV_IDF = new Caisse(CaisseCode.of("CNAV-IDF"), RegimeCode.of("CNAV"), "CNAV Île-de-France");

    static final ConventionCode CODE_757300 = ConventionCode.of("757300");
    static final ConventionTerms TERMS =
            new ConventionTerms(CARSAT_NORD_PICARDIE, CODE_757300, PartnerType.STRUCTURE_EVALUATION);

    static final Actor CIEL_BLEU_ADMIN = new Actor.PartnerAdministrator(CIEL_BLEU);
    static final Actor OTHER_PARTNER_ADMIN = new Actor.PartnerAdministrator(OTHER_PARTNER);
    static final Actor CARSAT_ADMIN = new Actor.CaisseAdministrator(CARSAT_NORD_PICARDIE.code());
    static final Actor OTHER_CAISSE_ADMIN = new Actor.CaisseAdministrator(CNAV_IDF.code());

    private Fixtures() {
    }

    static ConventionId conventionId(int n) {
        return new ConventionId(new UUID(0, n));
    }

    static Convention.EnAttenteDeValidation pending() {
        return new Convention.EnAttenteDeValidation(conventionId(1), CIEL_BLEU, TERMS, REQUESTED_AT);
    }

    static Convention.Validee validated() {
        return validated(Optional.empty());
    }

    static Convention.Validee validated(Optional<LocalDate> dateDeCloture) {
        return new Convention.Validee(conventionId(1), CIEL_BLEU, TERMS, REQUESTED_AT,
                REQUESTED_AT.plusSeconds(3600), dateDeCloture);
    }

    static Convention.Invalidee invalidated() {
        return new Convention.Invalidee(conventionId(1), CIEL_BLEU, TERMS, REQUESTED_AT,
                Motif.of("Code convention erroné"), REQUESTED_AT.plusSeconds(3600));
    }
}
