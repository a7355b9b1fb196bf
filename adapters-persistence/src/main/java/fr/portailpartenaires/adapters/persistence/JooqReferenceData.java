package fr.portailpartenaires.adapters.persistence;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAISSE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION_NUMBER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.REGIME;

import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.adapters.persistence.jooq.tables.records.ConventionNumberRecord;
import org.jooq.impl.DSL;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.convention.SignedConventionNumber;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.RegimeCode;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Record;

/**
 * {@link ReferenceData} read from the tables seeded by the migrations. Caisses are sorted by their
 * label in French collation here rather than by the database, whose collation differs between H2
 * and PostgreSQL ({@code MSA Île-de-France} goes among the I's in both).
 */
public final class JooqReferenceData implements ReferenceData {

    private final Database database;
    private final Clock clock;
    private final Map<CaisseCode, Caisse> caisses = new ConcurrentHashMap<>();

    public JooqReferenceData(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Regime> regimes() {
        return database.current().select(REGIME.CODE, REGIME.LIBELLE).from(REGIME).orderBy(REGIME.ORDRE)
                .fetch(row -> new Regime(RegimeCode.of(row.value1()), row.value2()));
    }

    @Override
    public List<Caisse> caissesOf(RegimeCode regime) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return database.current().select(CAISSE.CODE, CAISSE.REGIME_CODE, CAISSE.LIBELLE).from(CAISSE)
                .where(CAISSE.REGIME_CODE.eq(regime.value()))
                .fetch(JooqReferenceData::caisse).stream()
                .sorted(Comparator.comparing(Caisse::libelle, french).thenComparing(caisse -> caisse.code().value()))
                .toList();
    }

    /**
     * A caisse, kept in memory once read: caisses only change by migration, before the portal starts, and every
     * caisse administrator's request reads theirs (to tell a CAF's).
     */
    @Override
    public Optional<Caisse> caisse(CaisseCode code) {
        Caisse known = caisses.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Caisse> read = database.current().select(CAISSE.CODE, CAISSE.REGIME_CODE, CAISSE.LIBELLE).from(CAISSE)
                .where(CAISSE.CODE.eq(code.value()))
                .fetchOptional(JooqReferenceData::caisse);
        read.ifPresent(caisse -> caisses.put(code, caisse));
        return read;
    }

    @Override
    public Optional<SignedConventionNumber> signedNumber(CaisseCode caisse, ConventionCode code) {
        return database.current().selectFrom(CONVENTION_NUMBER)
                .where(CONVENTION_NUMBER.CAISSE_CODE.eq(caisse.value()).and(CONVENTION_NUMBER.CODE.eq(code.value())))
                .fetchOptional(JooqReferenceData::signedNumber);
    }

    @Override
    public boolean addSignedNumber(SignedConventionNumber number) {
        return database.current().insertInto(CONVENTION_NUMBER)
                .set(CONVENTION_NUMBER.CAISSE_CODE, number.caisse().value())
                .set(CONVENTION_NUMBER.CODE, number.code().value())
                .set(CONVENTION_NUMBER.PARTNER_TYPE, number.partnerType().map(PartnerType::code).orElse(null))
                .set(CONVENTION_NUMBER.EXPECTED_NAME, number.expectedName().map(PartnerName::value).orElse(null))
                .set(CONVENTION_NUMBER.VALID_FROM, number.validFrom().orElse(null))
                .set(CONVENTION_NUMBER.VALID_UNTIL, number.validUntil().orElse(null))
                .set(CONVENTION_NUMBER.CREATED_AT, Timestamps.column(clock.instant()))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<SignedConventionNumber> signedNumbers(CaisseCode caisse, Optional<ConventionCode> after, int limit) {
        return database.current().selectFrom(CONVENTION_NUMBER)
                .where(CONVENTION_NUMBER.CAISSE_CODE.eq(caisse.value()))
                .and(after.map(code -> CONVENTION_NUMBER.CODE.gt(code.value())).orElse(DSL.noCondition()))
                .orderBy(CONVENTION_NUMBER.CODE)
                .limit(limit)
                .fetch(JooqReferenceData::signedNumber);
    }

    private static SignedConventionNumber signedNumber(ConventionNumberRecord row) {
        return new SignedConventionNumber(CaisseCode.of(row.getCaisseCode()), ConventionCode.of(row.getCode()),
                Optional.ofNullable(row.getPartnerType()).map(PartnerType::fromCode).map(Result::orElseThrow),
                Optional.ofNullable(row.getExpectedName()).map(PartnerName::of),
                Optional.ofNullable(row.getValidFrom()), Optional.ofNullable(row.getValidUntil()));
    }

    /** The caisse of a row holding the {@code caisse} table's columns (read directly or joined). */
    public static Caisse caisse(Record row) {
        return new Caisse(CaisseCode.of(row.get(CAISSE.CODE)), RegimeCode.of(row.get(CAISSE.REGIME_CODE)),
                row.get(CAISSE.LIBELLE));
    }
}
