package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.USAGE_RULES_ACCEPTANCE;

import fr.portailpartenaires.application.account.UsageRulesAcceptances;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/** {@link UsageRulesAcceptances} in table {@code usage_rules_acceptance}, one row per account and version. */
public final class JooqUsageRulesAcceptances implements UsageRulesAcceptances {

    private final Database database;

    public JooqUsageRulesAcceptances(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public boolean hasAccepted(UserId account, String version) {
        return database.current().fetchExists(USAGE_RULES_ACCEPTANCE,
                USAGE_RULES_ACCEPTANCE.ACCOUNT_ID.eq(account.value()).and(USAGE_RULES_ACCEPTANCE.VERSION.eq(version)));
    }

    /** One statement: a second acceptance of the same version (two tabs) keeps the first one's time. */
    @Override
    public void record(Acceptance acceptance) {
        database.current().insertInto(USAGE_RULES_ACCEPTANCE)
                .set(USAGE_RULES_ACCEPTANCE.ACCOUNT_ID, acceptance.account().value())
                .set(USAGE_RULES_ACCEPTANCE.VERSION, acceptance.version())
                .set(USAGE_RULES_ACCEPTANCE.ACCEPTED_AT, Timestamps.column(acceptance.acceptedAt()))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public List<Acceptance> of(UserId account) {
        return database.current().selectFrom(USAGE_RULES_ACCEPTANCE)
                .where(USAGE_RULES_ACCEPTANCE.ACCOUNT_ID.eq(account.value()))
                .orderBy(USAGE_RULES_ACCEPTANCE.ACCEPTED_AT, USAGE_RULES_ACCEPTANCE.VERSION)
                .fetch(row -> new Acceptance(new UserId(row.getAccountId()), row.getVersion(),
                        Timestamps.instant(row.getAcceptedAt())));
    }
}
