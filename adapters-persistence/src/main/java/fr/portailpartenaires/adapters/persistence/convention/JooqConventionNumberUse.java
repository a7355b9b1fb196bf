package fr.portailpartenaires.adapters.persistence.convention;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION_NUMBER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.REGISTRATION;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.application.shared.ConventionNumberUse;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.reference.CaisseCode;
import java.time.LocalDate;
import org.jooq.impl.DSL;

/**
 * {@link ConventionNumberUse} read from the registrations and the conventions, in the caller's transaction. The signed
 * number's row is locked first, until that transaction ends: two transactions deciding on one number — two
 * registrations, a registration and a partner's request, two requests — take turns, and the second one reads what the
 * first committed (each statement reads the latest committed data, in PostgreSQL's and H2's READ COMMITTED).
 */
public final class JooqConventionNumberUse implements ConventionNumberUse {

    private static final String PENDING = "EN_ATTENTE_DE_VALIDATION";
    private static final String VALIDATED = "VALIDEE";

    private final Database database;

    public JooqConventionNumberUse(Database database) {
        this.database = database;
    }

    @Override
    public boolean inUse(CaisseCode caisse, ConventionCode code, LocalDate today) {
        var dsl = database.current();
        dsl.selectOne().from(CONVENTION_NUMBER)
                .where(CONVENTION_NUMBER.CAISSE_CODE.eq(caisse.value()).and(CONVENTION_NUMBER.CODE.eq(code.value())))
                .forUpdate().fetch();
        return dsl.select(DSL.or(
                        DSL.exists(dsl.selectOne().from(REGISTRATION)
                                .where(REGISTRATION.CAISSE_CODE.eq(caisse.value()))
                                .and(REGISTRATION.CONVENTION_CODE.eq(code.value()))
                                .and(REGISTRATION.STATUS.eq(PENDING))),
                        DSL.exists(dsl.selectOne().from(CONVENTION)
                                .where(CONVENTION.CAISSE_CODE.eq(caisse.value()))
                                .and(CONVENTION.CODE.eq(code.value()))
                                .and(CONVENTION.STATUS.eq(PENDING).or(CONVENTION.STATUS.eq(VALIDATED)
                                        .and(CONVENTION.DATE_CLOTURE.isNull().or(CONVENTION.DATE_CLOTURE.gt(today))))))))
                .fetchOne(0, Boolean.class);
    }
}
