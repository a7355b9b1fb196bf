package fr.portailpartenaires.adapters.persistence.habilitation;

import fr.portailpartenaires.adapters.persistence.Database;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_ACTIVITY;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_CONVENTION;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_GRANT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_GROUP;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_MEMBERSHIP;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_PLACE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_USER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_VALIDATION_REQUEST;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_VALIDATION_REQUEST_ACTIVITY;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.AfasConventionRecord;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.habilitation.AfasConventions;
import fr.portailpartenaires.domain.habilitation.Activity;
import fr.portailpartenaires.domain.habilitation.ActivityId;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.AfasGroup;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.Grant;
import fr.portailpartenaires.domain.habilitation.GrantId;
import fr.portailpartenaires.domain.habilitation.GroupCode;
import fr.portailpartenaires.domain.habilitation.IdentifierPrefix;
import fr.portailpartenaires.domain.habilitation.Membership;
import fr.portailpartenaires.domain.habilitation.Period;
import fr.portailpartenaires.domain.habilitation.Place;
import fr.portailpartenaires.domain.habilitation.PlaceId;
import fr.portailpartenaires.domain.habilitation.Role;
import fr.portailpartenaires.domain.habilitation.Target;
import fr.portailpartenaires.domain.habilitation.ValidationRequest;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import fr.portailpartenaires.domain.habilitation.WorkStyle;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * {@link AfasConventions} on the {@code afas_*} tables (migrations V12, V22). A convention is read whole; saving it
 * bumps its version when unchanged meanwhile, then rewrites its groups, memberships, requests and grants and inserts
 * or updates what only AFAS knows of its users (poste, date d'ouverture). Their identity — identifier, names,
 * address, phone, closing date — is their account's, read here and written by {@code JooqPartners} and
 * {@code JooqAccounts} only (ADR 26). Each call joins the use case's transaction when one is open.
 */
public final class JooqAfasConventions implements AfasConventions {

    private final Database database;

    public JooqAfasConventions(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void add(AfasConvention convention, int firstSequence) {
        database.inTransaction(() -> {
            DSLContext dsl = database.current();
            dsl.insertInto(AFAS_CONVENTION)
                    .set(AFAS_CONVENTION.ID, convention.id().value())
                    .set(AFAS_CONVENTION.PARTNER_ID, convention.partner().value())
                    .set(AFAS_CONVENTION.CAF_CODE, convention.caf().value())
                    .set(AFAS_CONVENTION.LIBELLE, convention.libelle())
                    .set(AFAS_CONVENTION.CAF_PIVOT, convention.cafPivot())
                    .set(AFAS_CONVENTION.OPENED_ON, convention.period().start())
                    .set(AFAS_CONVENTION.CLOSED_ON, convention.period().end().orElse(null))
                    .set(AFAS_CONVENTION.VALIDATED_ON, convention.validatedOn())
                    .set(AFAS_CONVENTION.IDENTIFIER_PREFIX, convention.prefix().value())
                    .set(AFAS_CONVENTION.NEXT_SEQUENCE, firstSequence)
                    .set(AFAS_CONVENTION.VERSION, 0L)
                    .execute();
            int activityNo = 0;
            for (Activity activity : convention.activities()) {
                dsl.insertInto(AFAS_ACTIVITY)
                        .set(AFAS_ACTIVITY.ID, activity.id().value())
                        .set(AFAS_ACTIVITY.CONVENTION_ID, convention.id().value())
                        .set(AFAS_ACTIVITY.SEQ_NO, activityNo++)
                        .set(AFAS_ACTIVITY.LIBELLE, activity.libelle())
                        .set(AFAS_ACTIVITY.ACTIVITY_TYPE, activity.type())
                        .set(AFAS_ACTIVITY.NATURE, activity.nature().orElse(null))
                        .execute();
                int placeNo = 0;
                for (Place place : activity.places()) {
                    dsl.insertInto(AFAS_PLACE)
                            .set(AFAS_PLACE.ID, place.id().value())
                            .set(AFAS_PLACE.ACTIVITY_ID, activity.id().value())
                            .set(AFAS_PLACE.SEQ_NO, placeNo++)
                            .set(AFAS_PLACE.LIBELLE, place.libelle())
                            .execute();
                }
            }
            writeParts(dsl, convention);
            return null;
        });
    }

    @Override
    public Optional<AfasConvention> find(AfasConventionId id) {
        DSLContext dsl = database.current();
        return dsl.selectFrom(AFAS_CONVENTION).where(AFAS_CONVENTION.ID.eq(id.value())).fetchOptional()
                .map(row -> convention(dsl, row));
    }

    @Override
    public List<AfasConvention> ofPartner(PartnerId partner) {
        return where(AFAS_CONVENTION.PARTNER_ID.eq(partner.value()));
    }

    @Override
    public List<AfasConvention> ofCaf(CaisseCode caf) {
        return where(AFAS_CONVENTION.CAF_CODE.eq(caf.value()));
    }

    private List<AfasConvention> where(Condition condition) {
        DSLContext dsl = database.current();
        return dsl.selectFrom(AFAS_CONVENTION).where(condition)
                .orderBy(AFAS_CONVENTION.LIBELLE, AFAS_CONVENTION.ID)
                .fetch(row -> convention(dsl, row));
    }

    @Override
    public boolean update(AfasConvention convention) {
        return database.inTransaction(() -> {
            DSLContext dsl = database.current();
            int updated = dsl.update(AFAS_CONVENTION)
                    .set(AFAS_CONVENTION.VERSION, AFAS_CONVENTION.VERSION.plus(1))
                    .where(AFAS_CONVENTION.ID.eq(convention.id().value())
                            .and(AFAS_CONVENTION.VERSION.eq(convention.version())))
                    .execute();
            if (updated == 0) {
                return false;
            }
            UUID id = convention.id().value();
            dsl.deleteFrom(AFAS_GRANT).where(AFAS_GRANT.CONVENTION_ID.eq(id)).execute();
            dsl.deleteFrom(AFAS_VALIDATION_REQUEST_ACTIVITY).where(AFAS_VALIDATION_REQUEST_ACTIVITY.REQUEST_ID.in(
                    dsl.select(AFAS_VALIDATION_REQUEST.ID).from(AFAS_VALIDATION_REQUEST)
                            .where(AFAS_VALIDATION_REQUEST.CONVENTION_ID.eq(id)))).execute();
            dsl.deleteFrom(AFAS_VALIDATION_REQUEST).where(AFAS_VALIDATION_REQUEST.CONVENTION_ID.eq(id)).execute();
            dsl.deleteFrom(AFAS_MEMBERSHIP).where(AFAS_MEMBERSHIP.CONVENTION_ID.eq(id)).execute();
            dsl.deleteFrom(AFAS_GROUP).where(AFAS_GROUP.CONVENTION_ID.eq(id)).execute();
            writeParts(dsl, convention);
            return true;
        });
    }

    @Override
    public int nextSequence(AfasConventionId id) {
        return database.inTransaction(() -> {
            DSLContext dsl = database.current();
            int updated = dsl.update(AFAS_CONVENTION)
                    .set(AFAS_CONVENTION.NEXT_SEQUENCE, AFAS_CONVENTION.NEXT_SEQUENCE.plus(1))
                    .where(AFAS_CONVENTION.ID.eq(id.value()))
                    .execute();
            if (updated == 0) {
                throw new IllegalArgumentException("No AFAS convention " + id.value());
            }
            return dsl.select(AFAS_CONVENTION.NEXT_SEQUENCE).from(AFAS_CONVENTION)
                    .where(AFAS_CONVENTION.ID.eq(id.value()))
                    .fetchSingle(AFAS_CONVENTION.NEXT_SEQUENCE) - 1;
        });
    }

    @Override
    public boolean prefixUsed(IdentifierPrefix prefix) {
        return database.current().fetchExists(AFAS_CONVENTION, AFAS_CONVENTION.IDENTIFIER_PREFIX.eq(prefix.value()));
    }

    @Override
    public List<EmailAddress> cafAddresses(CaisseCode caf) {
        return database.current().select(ACCOUNT.EMAIL).from(ACCOUNT)
                .where(ACCOUNT.KIND.eq(Accounts.Kind.CAISSE_ADMIN.name()).and(ACCOUNT.CAISSE_CODE.eq(caf.value())))
                .orderBy(ACCOUNT.LOGIN_KEY)
                .fetch(row -> EmailAddress.of(row.value1()));
    }

    // ---------------------------------------------------------------- writing

    /** Writes the groups, users (inserted or updated), memberships, requests and grants of the convention. */
    private static void writeParts(DSLContext dsl, AfasConvention convention) {
        UUID id = convention.id().value();
        for (AfasGroup group : convention.groups()) {
            dsl.insertInto(AFAS_GROUP)
                    .set(AFAS_GROUP.CONVENTION_ID, id)
                    .set(AFAS_GROUP.CODE, group.code().name())
                    .set(AFAS_GROUP.NIVEAU, group.niveau())
                    .set(AFAS_GROUP.OPENED_ON, group.period().start())
                    .set(AFAS_GROUP.CLOSED_ON, group.period().end().orElse(null))
                    .execute();
        }
        Set<UUID> stored = dsl.select(AFAS_USER.ACCOUNT_ID).from(AFAS_USER).where(AFAS_USER.CONVENTION_ID.eq(id))
                .fetchSet(AFAS_USER.ACCOUNT_ID);
        int userNo = 0;
        for (AfasUser user : convention.users()) {
            if (stored.contains(user.id().value())) {
                dsl.update(AFAS_USER)
                        .set(AFAS_USER.WORK_STYLE, user.workStyle().name())
                        .set(AFAS_USER.OPENED_ON, user.period().start())
                        .where(AFAS_USER.ACCOUNT_ID.eq(user.id().value()))
                        .execute();
            } else {
                dsl.insertInto(AFAS_USER)
                        .set(AFAS_USER.ACCOUNT_ID, user.id().value())
                        .set(AFAS_USER.CONVENTION_ID, id)
                        .set(AFAS_USER.SEQ_NO, userNo)
                        .set(AFAS_USER.WORK_STYLE, user.workStyle().name())
                        .set(AFAS_USER.OPENED_ON, user.period().start())
                        .execute();
            }
            userNo++;
        }
        int membershipNo = 0;
        for (Membership membership : convention.memberships()) {
            dsl.insertInto(AFAS_MEMBERSHIP)
                    .set(AFAS_MEMBERSHIP.CONVENTION_ID, id)
                    .set(AFAS_MEMBERSHIP.SEQ_NO, membershipNo++)
                    .set(AFAS_MEMBERSHIP.ACCOUNT_ID, membership.user().value())
                    .set(AFAS_MEMBERSHIP.GROUP_CODE, membership.group().name())
                    .set(AFAS_MEMBERSHIP.OPENED_ON, membership.period().start())
                    .set(AFAS_MEMBERSHIP.CLOSED_ON, membership.period().end().orElse(null))
                    .execute();
        }
        int requestNo = 0;
        for (ValidationRequest request : convention.requests()) {
            dsl.insertInto(AFAS_VALIDATION_REQUEST)
                    .set(AFAS_VALIDATION_REQUEST.ID, request.id().value())
                    .set(AFAS_VALIDATION_REQUEST.CONVENTION_ID, id)
                    .set(AFAS_VALIDATION_REQUEST.SEQ_NO, requestNo++)
                    .set(AFAS_VALIDATION_REQUEST.APPROVER_ID, request.approver().value())
                    .set(AFAS_VALIDATION_REQUEST.REQUESTED_ON, request.requestedOn())
                    .set(AFAS_VALIDATION_REQUEST.VALIDATED_ON, request.validatedOn().orElse(null))
                    .set(AFAS_VALIDATION_REQUEST.DEADLINE, request.deadline().orElse(null))
                    .execute();
            int activityNo = 0;
            for (ActivityId activity : request.activities()) {
                dsl.insertInto(AFAS_VALIDATION_REQUEST_ACTIVITY)
                        .set(AFAS_VALIDATION_REQUEST_ACTIVITY.REQUEST_ID, request.id().value())
                        .set(AFAS_VALIDATION_REQUEST_ACTIVITY.SEQ_NO, activityNo++)
                        .set(AFAS_VALIDATION_REQUEST_ACTIVITY.ACTIVITY_ID, activity.value())
                        .execute();
            }
        }
        int grantNo = 0;
        for (Grant grant : convention.grants()) {
            dsl.insertInto(AFAS_GRANT)
                    .set(AFAS_GRANT.ID, grant.id().value())
                    .set(AFAS_GRANT.CONVENTION_ID, id)
                    .set(AFAS_GRANT.SEQ_NO, grantNo++)
                    .set(AFAS_GRANT.ACCOUNT_ID, grant.user().value())
                    .set(AFAS_GRANT.ROLE, grant.role().name())
                    .set(AFAS_GRANT.ACTIVITY_ID, grant.target() instanceof Target.OnActivity on
                            ? on.activity().value() : null)
                    .set(AFAS_GRANT.PLACE_ID, grant.target() instanceof Target.OnPlace on ? on.place().value() : null)
                    .set(AFAS_GRANT.STARTS_ON, grant.period().start())
                    .set(AFAS_GRANT.ENDS_ON, grant.period().end().orElse(null))
                    .set(AFAS_GRANT.REQUEST_ID, grant.request().map(ValidationRequestId::value).orElse(null))
                    .set(AFAS_GRANT.VALIDATED_ON, grant.validatedOn().orElse(null))
                    .execute();
        }
    }

    // ---------------------------------------------------------------- reading

    private static AfasConvention convention(DSLContext dsl, AfasConventionRecord row) {
        UUID id = row.getId();
        Map<UUID, List<Place>> places = dsl.select(AFAS_PLACE.ACTIVITY_ID, AFAS_PLACE.ID, AFAS_PLACE.LIBELLE)
                .from(AFAS_PLACE).join(AFAS_ACTIVITY).on(AFAS_ACTIVITY.ID.eq(AFAS_PLACE.ACTIVITY_ID))
                .where(AFAS_ACTIVITY.CONVENTION_ID.eq(id))
                .orderBy(AFAS_PLACE.ACTIVITY_ID, AFAS_PLACE.SEQ_NO)
                .fetchGroups(AFAS_PLACE.ACTIVITY_ID, place -> new Place(new PlaceId(place.value2()), place.value3()));
        List<Activity> activities = dsl.selectFrom(AFAS_ACTIVITY).where(AFAS_ACTIVITY.CONVENTION_ID.eq(id))
                .orderBy(AFAS_ACTIVITY.SEQ_NO)
                .fetch(activity -> new Activity(new ActivityId(activity.getId()), activity.getLibelle(),
                        activity.getActivityType(), Optional.ofNullable(activity.getNature()),
                        places.getOrDefault(activity.getId(), List.of())));
        List<AfasGroup> groups = dsl.selectFrom(AFAS_GROUP).where(AFAS_GROUP.CONVENTION_ID.eq(id))
                .fetch(group -> new AfasGroup(GroupCode.valueOf(group.getCode()), group.getNiveau(),
                        period(group.getOpenedOn(), group.getClosedOn())))
                .stream().sorted(java.util.Comparator.comparing(AfasGroup::code)).toList();
        List<AfasUser> users = dsl.select(AFAS_USER.WORK_STYLE, AFAS_USER.OPENED_ON, ACCOUNT.CLOSED_ON, ACCOUNT.ID,
                        ACCOUNT.LOGIN, ACCOUNT.LAST_NAME, ACCOUNT.FIRST_NAME, ACCOUNT.EMAIL, ACCOUNT.PHONE)
                .from(AFAS_USER).join(ACCOUNT).on(ACCOUNT.ID.eq(AFAS_USER.ACCOUNT_ID))
                .where(AFAS_USER.CONVENTION_ID.eq(id))
                .orderBy(AFAS_USER.SEQ_NO)
                .fetch(user -> new AfasUser(new UserId(user.get(ACCOUNT.ID)), Login.of(user.get(ACCOUNT.LOGIN)),
                        LastName.of(user.get(ACCOUNT.LAST_NAME)), FirstName.of(user.get(ACCOUNT.FIRST_NAME)),
                        EmailAddress.of(user.get(ACCOUNT.EMAIL)),
                        Optional.ofNullable(user.get(ACCOUNT.PHONE)).map(PhoneNumber::of),
                        WorkStyle.valueOf(user.get(AFAS_USER.WORK_STYLE)),
                        period(user.get(AFAS_USER.OPENED_ON), user.get(ACCOUNT.CLOSED_ON))));
        List<Membership> memberships = dsl.selectFrom(AFAS_MEMBERSHIP).where(AFAS_MEMBERSHIP.CONVENTION_ID.eq(id))
                .orderBy(AFAS_MEMBERSHIP.SEQ_NO)
                .fetch(membership -> new Membership(new UserId(membership.getAccountId()),
                        GroupCode.valueOf(membership.getGroupCode()),
                        period(membership.getOpenedOn(), membership.getClosedOn())));
        Map<UUID, List<ActivityId>> requestActivities = dsl.select(AFAS_VALIDATION_REQUEST_ACTIVITY.REQUEST_ID,
                        AFAS_VALIDATION_REQUEST_ACTIVITY.ACTIVITY_ID)
                .from(AFAS_VALIDATION_REQUEST_ACTIVITY).join(AFAS_VALIDATION_REQUEST)
                .on(AFAS_VALIDATION_REQUEST.ID.eq(AFAS_VALIDATION_REQUEST_ACTIVITY.REQUEST_ID))
                .where(AFAS_VALIDATION_REQUEST.CONVENTION_ID.eq(id))
                .orderBy(AFAS_VALIDATION_REQUEST_ACTIVITY.REQUEST_ID, AFAS_VALIDATION_REQUEST_ACTIVITY.SEQ_NO)
                .fetch().stream()
                .collect(Collectors.groupingBy(pair -> pair.value1(),
                        Collectors.mapping(pair -> new ActivityId(pair.value2()), Collectors.toList())));
        List<ValidationRequest> requests = dsl.selectFrom(AFAS_VALIDATION_REQUEST)
                .where(AFAS_VALIDATION_REQUEST.CONVENTION_ID.eq(id))
                .orderBy(AFAS_VALIDATION_REQUEST.SEQ_NO)
                .fetch(request -> new ValidationRequest(new ValidationRequestId(request.getId()),
                        new UserId(request.getApproverId()), requestActivities.getOrDefault(request.getId(), List.of()),
                        request.getRequestedOn(), Optional.ofNullable(request.getValidatedOn()),
                        Optional.ofNullable(request.getDeadline())));
        List<Grant> grants = dsl.selectFrom(AFAS_GRANT).where(AFAS_GRANT.CONVENTION_ID.eq(id))
                .orderBy(AFAS_GRANT.SEQ_NO)
                .fetch(grant -> new Grant(new GrantId(grant.getId()), new UserId(grant.getAccountId()),
                        Role.valueOf(grant.getRole()),
                        grant.getActivityId() != null ? new Target.OnActivity(new ActivityId(grant.getActivityId()))
                                : new Target.OnPlace(new PlaceId(grant.getPlaceId())),
                        period(grant.getStartsOn(), grant.getEndsOn()),
                        Optional.ofNullable(grant.getRequestId()).map(ValidationRequestId::new),
                        Optional.ofNullable(grant.getValidatedOn())));
        return new AfasConvention(new AfasConventionId(id), new PartnerId(row.getPartnerId()),
                CaisseCode.of(row.getCafCode()), row.getLibelle(), row.getCafPivot(),
                period(row.getOpenedOn(), row.getClosedOn()), row.getValidatedOn(),
                new IdentifierPrefix(row.getIdentifierPrefix()), activities, groups, users, memberships, grants,
                requests, row.getVersion());
    }

    private static Period period(LocalDate start, LocalDate end) {
        return new Period(start, Optional.ofNullable(end));
    }
}
