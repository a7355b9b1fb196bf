package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An AFAS convention of the CAF profile (spec §6): created by a CAF for a partner, with its activities and places,
 * the groups AFAS-HAB / AFAS-DEC, its users, their memberships, their role grants and the approver validation
 * requests sent to the CAF.
 *
 * <p>Rules: only an active member of AFAS-HAB (a habilitation manager) manages memberships and grants — except the
 * partner's administrator adding themself to AFAS-HAB, which is how the first manager appears; AFAS-HAB keeps at
 * least one open-ended member while the convention is open; a place scope is only for the activity data provider;
 * a scope has at least one item; an e-mail address serves one user only; an approver grant waits for the CAF.
 * A refused operation changes nothing. Statut and état are derived from the dates, never stored.
 *
 * <p>{@code version} is the optimistic-locking version as read from storage; the persistence increments it.
 */
public record AfasConvention(AfasConventionId id, PartnerId partner, CaisseCode caf, String libelle, String cafPivot,
        Period period, LocalDate validatedOn, IdentifierPrefix prefix, List<Activity> activities,
        List<AfasGroup> groups, List<AfasUser> users, List<Membership> memberships, List<Grant> grants,
        List<ValidationRequest> requests, long version) {


    public AfasConvention {
        Components.required(AfasConvention.class, id, partner, caf, libelle, cafPivot, period, validatedOn, prefix,
                activities, groups, users, memberships, grants, requests, version);
        Place.requireLabel(libelle);
        Place.requireLabel(cafPivot);
        activities = List.copyOf(activities);
        groups = List.copyOf(groups);
        users = List.copyOf(users);
        memberships = List.copyOf(memberships);
        grants = List.copyOf(grants);
        requests = List.copyOf(requests);
        if (grants.stream().map(Grant::id).distinct().count() != grants.size()) {
            throw new IllegalArgumentException("Two grants cannot share an id");
        }
    }

    /** A convention as the CAF creates it: validated, without groups nor users yet (version 0). */
    public static AfasConvention create(AfasConventionId id, PartnerId partner, CaisseCode caf, String libelle,
            String cafPivot, Period period, LocalDate validatedOn, IdentifierPrefix prefix, List<Activity> activities) {
        return new AfasConvention(id, partner, caf, libelle, cafPivot, period, validatedOn, prefix, activities,
                List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }

    // ---------------------------------------------------------------- derived facts

    /** Whether the convention is closed on {@code today} (the lists say « Clôturé », else « Ouvert »). */
    public boolean isClosedOn(LocalDate today) {
        return period.isEndedOn(today);
    }

    public Optional<AfasUser> user(UserId userId) {
        return users.stream().filter(user -> user.id().equals(userId)).findFirst();
    }

    public Optional<Activity> activity(ActivityId activityId) {
        return activities.stream().filter(activity -> activity.id().equals(activityId)).findFirst();
    }

    /** The activity a place belongs to. */
    public Optional<Activity> activityOf(PlaceId placeId) {
        return activities.stream().filter(activity -> activity.place(placeId).isPresent()).findFirst();
    }

    public Optional<Place> place(PlaceId placeId) {
        return activities.stream().flatMap(activity -> activity.place(placeId).stream()).findFirst();
    }

    /** The user's memberships open on that day. */
    public List<Membership> openMemberships(UserId userId, LocalDate day) {
        return memberships.stream()
                .filter(membership -> membership.user().equals(userId) && membership.period().isOpenOn(day))
                .toList();
    }

    /** An open user with an open AFAS-HAB membership on that day. */
    public boolean isHabilitationManager(UserId userId, LocalDate day) {
        return isActive(userId, day) && openMemberships(userId, day).stream()
                .anyMatch(membership -> membership.group() == GroupCode.AFAS_HAB);
    }

    /** A user whose account is open and who belongs to at least one open group that day (else no grant of theirs is active). */
    public boolean isActive(UserId userId, LocalDate day) {
        return user(userId).filter(user -> user.period().isOpenOn(day)).isPresent()
                && !openMemberships(userId, day).isEmpty();
    }

    /** The état of a grant on that day. */
    public GrantState state(Grant grant, LocalDate day) {
        if (grant.period().isEndedOn(day)) {
            return GrantState.HISTORIQUE;
        }
        if (grant.period().start().isAfter(day) || grant.pendingCafValidation() || !isActive(grant.user(), day)) {
            return GrantState.INACTIF;
        }
        return GrantState.ACTIF;
    }

    public Optional<ValidationRequest> request(ValidationRequestId requestId) {
        return requests.stream().filter(request -> request.id().equals(requestId)).findFirst();
    }

    // ---------------------------------------------------------------- operations

    /** The CAF creates the two AFAS groups, open from that day. */
    public Result<AfasConvention> openGroups(LocalDate on) {
        if (!groups.isEmpty()) {
            return refused(HabilitationRefusal.GROUPS_ALREADY_CREATED);
        }
        List<AfasGroup> created = Stream.of(GroupCode.values())
                .map(code -> new AfasGroup(code, 1, Period.from(on)))
                .toList();
        return Result.ok(with(created, users, memberships, grants, requests));
    }

    /**
     * Adds a user (their identifier already drawn from the convention's sequence); refused when the convention is
     * closed. Their address is their account's, unique in the whole portal: the accounts check it (ADR 26).
     */
    public Result<AfasConvention> addUser(AfasUser user, LocalDate today) {
        if (period.isEndedOn(today)) {
            return refused(HabilitationRefusal.CONVENTION_CLOSED);
        }
        return Result.ok(with(groups, append(users, user), memberships, grants, requests));
    }

    /**
     * Replaces a user's names, address, phone, work style and period (« Modifier »); the identifier never changes.
     * Refused when the user is unknown, the convention closed, the period ends before it starts, or closing them
     * would leave AFAS-HAB without an active member while the convention is open. Whether the address is free is the
     * accounts' check (ADR 26).
     */
    public Result<AfasConvention> modifyUser(AfasUser changes, LocalDate today) {
        Optional<AfasUser> existing = user(changes.id());
        if (existing.isEmpty()) {
            return refused(HabilitationRefusal.USER_NOT_FOUND);
        }
        if (period.isEndedOn(today)) {
            return refused(HabilitationRefusal.CONVENTION_CLOSED);
        }
        AfasUser changed = new AfasUser(changes.id(), existing.get().identifier(), changes.lastName(),
                changes.firstName(), changes.email(), changes.phone(), changes.workStyle(), changes.period());
        List<AfasUser> newUsers = users.stream().map(user -> user.id().equals(changed.id()) ? changed : user).toList();
        if (!period.isEndedOn(today) && hasManager(users) && !hasManager(newUsers)) {
            return refused(HabilitationRefusal.LAST_MANAGER);
        }
        return Result.ok(with(groups, newUsers, memberships, grants, requests));
    }

    /** Closes a user's account on {@code closedOn} (« Supprimer »: the user is kept, clôturé from that day). */
    public Result<AfasConvention> closeUser(UserId userId, LocalDate closedOn, LocalDate today) {
        Optional<AfasUser> existing = user(userId);
        if (existing.isEmpty()) {
            return refused(HabilitationRefusal.USER_NOT_FOUND);
        }
        AfasUser user = existing.get();
        if (user.period().isEndedOn(today)) {
            return refused(HabilitationRefusal.USER_CLOSED);
        }
        return switch (user.period().closedOn(closedOn)) {
            case Result.Refused<Period> refusedDates -> Result.refused(refusedDates.refusal());
            case Result.Ok<Period> closed -> modifyUser(new AfasUser(user.id(), user.identifier(), user.lastName(),
                    user.firstName(), user.email(), user.phone(), user.workStyle(), closed.value()), today);
        };
    }

    /** True when an open AFAS-HAB membership belongs to a user without a closing date. */
    private boolean hasManager(List<AfasUser> someUsers) {
        return memberships.stream()
                .filter(membership -> membership.group() == GroupCode.AFAS_HAB)
                .filter(membership -> membership.period().end().isEmpty())
                .anyMatch(membership -> someUsers.stream().anyMatch(user -> user.id().equals(membership.user())
                        && user.period().end().isEmpty()));
    }

    /**
     * Adds a user to a group from {@code membership}'s dates. Only a habilitation manager may, or the partner's
     * administrator adding themself to AFAS-HAB ({@code actorIsAdministrator}).
     */
    public Result<AfasConvention> addMembership(UserId actor, boolean actorIsAdministrator, Membership membership,
            LocalDate today) {
        boolean selfToManagers = actorIsAdministrator && actor.equals(membership.user())
                && membership.group() == GroupCode.AFAS_HAB;
        if (!isHabilitationManager(actor, today) && !selfToManagers) {
            return refused(HabilitationRefusal.MANAGER_REQUIRED);
        }
        if (groups.isEmpty()) {
            return refused(HabilitationRefusal.GROUPS_NOT_CREATED);
        }
        if (period.isEndedOn(today)) {
            return refused(HabilitationRefusal.CONVENTION_CLOSED);
        }
        Optional<AfasUser> user = user(membership.user());
        if (user.isEmpty()) {
            return refused(HabilitationRefusal.USER_NOT_FOUND);
        }
        if (user.get().period().isEndedOn(today)) {
            return refused(HabilitationRefusal.USER_CLOSED);
        }
        boolean overlaps = memberships.stream()
                .filter(other -> other.user().equals(membership.user()) && other.group() == membership.group())
                .anyMatch(other -> !other.period().isEndedOn(today));
        if (overlaps) {
            return refused(HabilitationRefusal.ALREADY_MEMBER);
        }
        return Result.ok(with(groups, users, append(memberships, membership), grants, requests));
    }

    /** Closes a user's open membership of a group on {@code closedOn} (« Gérer l'appartenance »). */
    public Result<AfasConvention> closeMembership(UserId actor, UserId member, GroupCode group, LocalDate closedOn,
            LocalDate today) {
        if (!isHabilitationManager(actor, today)) {
            return refused(HabilitationRefusal.MANAGER_REQUIRED);
        }
        Optional<Membership> open = memberships.stream()
                .filter(membership -> membership.user().equals(member) && membership.group() == group)
                .filter(membership -> !membership.period().isEndedOn(today))
                .findFirst();
        if (open.isEmpty()) {
            return refused(user(member).isEmpty() ? HabilitationRefusal.USER_NOT_FOUND : HabilitationRefusal.NOT_MEMBER);
        }
        return switch (open.get().period().closedOn(closedOn)) {
            case Result.Refused<Period> refusedDates -> Result.refused(refusedDates.refusal());
            case Result.Ok<Period> closed -> {
                List<Membership> changed = memberships.stream()
                        .map(membership -> membership == open.get()
                                ? new Membership(member, group, closed.value()) : membership)
                        .toList();
                boolean managerLeft = changed.stream()
                        .filter(membership -> membership.group() == GroupCode.AFAS_HAB)
                        .filter(membership -> membership.period().end().isEmpty())
                        .anyMatch(membership -> user(membership.user())
                                .filter(user -> user.period().end().isEmpty()).isPresent());
                if (group == GroupCode.AFAS_HAB && !period.isEndedOn(today) && !managerLeft) {
                    yield refused(HabilitationRefusal.LAST_MANAGER);
                }
                yield Result.ok(with(groups, users, changed, grants, requests));
            }
        };
    }

    /** What granting a role did: the grants made (one per activity or place), and the request sent to the CAF. */
    public record Granted(AfasConvention convention, List<Grant> grants, Optional<ValidationRequest> request) {
    }

    /**
     * Grants {@code role} to a user of the convention on every item of the scope, from {@code period}'s start.
     * An approver grant belongs to a new validation request ({@code requestId}), pending until the CAF validates it.
     *
     * @param ids draws the new grants' ids
     */
    public Result<Granted> grant(UserId actor, UserId grantee, Role role, Period grantPeriod, Scope scope,
            Supplier<GrantId> ids, ValidationRequestId requestId, LocalDate today) {
        if (!isHabilitationManager(actor, today)) {
            return Result.refused(HabilitationRefusal.MANAGER_REQUIRED.refusal());
        }
        if (period.isEndedOn(today)) {
            return Result.refused(HabilitationRefusal.CONVENTION_CLOSED.refusal());
        }
        if (grantPeriod.start().isBefore(period.start())) {
            return Result.refused(HabilitationRefusal.GRANT_BEFORE_CONVENTION.refusal());
        }
        Optional<AfasUser> user = user(grantee);
        if (user.isEmpty()) {
            return Result.refused(HabilitationRefusal.USER_NOT_FOUND.refusal());
        }
        if (user.get().period().isEndedOn(today)) {
            return Result.refused(HabilitationRefusal.USER_CLOSED.refusal());
        }
        Result<List<Target>> targets = targets(role, scope);
        if (targets instanceof Result.Refused<List<Target>> refusedScope) {
            return Result.refused(refusedScope.refusal());
        }
        List<Target> items = targets.orElseThrow();
        boolean overlaps = grants.stream().anyMatch(held -> held.user().equals(grantee) && held.role() == role
                && items.contains(held.target()) && held.period().overlaps(grantPeriod));
        if (overlaps) {
            return Result.refused(HabilitationRefusal.GRANT_OVERLAPS.refusal());
        }
        Optional<ValidationRequest> request = role.needsCafValidation()
                ? Optional.of(new ValidationRequest(requestId, grantee,
                        items.stream().map(target -> ((Target.OnActivity) target).activity()).toList(),
                        today, Optional.empty(), Optional.empty()))
                : Optional.empty();
        List<Grant> made = items.stream()
                .map(target -> new Grant(ids.get(), grantee, role, target, grantPeriod,
                        request.map(ValidationRequest::id), Optional.empty()))
                .toList();
        List<Grant> allGrants = new ArrayList<>(grants);
        allGrants.addAll(made);
        List<ValidationRequest> allRequests = request.map(sent -> append(requests, sent)).orElse(requests);
        return Result.ok(new Granted(with(groups, users, memberships, allGrants, allRequests), made, request));
    }

    private Result<List<Target>> targets(Role role, Scope scope) {
        return switch (scope) {
            case Scope.Activities chosen -> {
                if (chosen.activities().isEmpty()) {
                    yield Result.refused(HabilitationRefusal.EMPTY_ACTIVITY_SCOPE.refusal());
                }
                if (chosen.activities().stream().anyMatch(activity -> activity(activity).isEmpty())) {
                    yield Result.refused(HabilitationRefusal.UNKNOWN_ACTIVITY.refusal());
                }
                yield Result.ok(chosen.activities().stream().<Target>map(Target.OnActivity::new).toList());
            }
            case Scope.Places chosen -> {
                if (!role.allowsPlaces()) {
                    yield Result.refused(HabilitationRefusal.PLACE_SCOPE_ACTIVITY_PROVIDER_ONLY.refusal());
                }
                if (chosen.places().isEmpty()) {
                    yield Result.refused(HabilitationRefusal.EMPTY_PLACE_SCOPE.refusal());
                }
                if (chosen.places().stream().anyMatch(place -> place(place).isEmpty())) {
                    yield Result.refused(HabilitationRefusal.UNKNOWN_PLACE.refusal());
                }
                yield Result.ok(chosen.places().stream().<Target>map(Target.OnPlace::new).toList());
            }
        };
    }

    /** Ends a grant on {@code endsOn} (the search's action « mettre fin »). */
    public Result<AfasConvention> endGrant(UserId actor, GrantId grantId, LocalDate endsOn, LocalDate today) {
        if (!isHabilitationManager(actor, today)) {
            return refused(HabilitationRefusal.MANAGER_REQUIRED);
        }
        Optional<Grant> found = grants.stream().filter(grant -> grant.id().equals(grantId)).findFirst();
        if (found.isEmpty()) {
            return refused(HabilitationRefusal.GRANT_NOT_FOUND);
        }
        Grant grant = found.get();
        if (grant.period().isEndedOn(today)) {
            return refused(HabilitationRefusal.GRANT_ALREADY_ENDED);
        }
        return grant.period().closedOn(endsOn).map(ended -> with(groups, users, memberships,
                grants.stream().map(other -> other.id().equals(grantId)
                        ? new Grant(other.id(), other.user(), other.role(), other.target(), ended, other.request(),
                                other.validatedOn())
                        : other).toList(),
                requests));
    }

    /** What the CAF's validation of an approver did. */
    public record Validated(AfasConvention convention, ValidationRequest request) {
    }

    /**
     * The CAF validates a pending approver request, with the declaration deadline it calls the approver to. A change
     * of approver is a new request (spec §6.4): the former approver's grants on the request's activities end with this
     * validation — closed from {@code today} on, so their last day is the day before.
     */
    public Result<Validated> validate(ValidationRequestId requestId, LocalDate deadline, LocalDate today) {
        Optional<ValidationRequest> found = request(requestId);
        if (found.isEmpty()) {
            return Result.refused(HabilitationRefusal.REQUEST_NOT_FOUND.refusal());
        }
        if (!found.get().isPending()) {
            return Result.refused(HabilitationRefusal.REQUEST_ALREADY_VALIDATED.refusal());
        }
        ValidationRequest pending = found.get();
        ValidationRequest validated = new ValidationRequest(pending.id(), pending.approver(), pending.activities(),
                pending.requestedOn(), Optional.of(today), Optional.of(deadline));
        List<Grant> changedGrants = grants.stream()
                .map(grant -> grant.request().filter(requestId::equals).isPresent()
                        ? new Grant(grant.id(), grant.user(), grant.role(), grant.target(), grant.period(),
                                grant.request(), Optional.of(today))
                        : replacedApprover(grant, pending, today) ? endedOn(grant, today) : grant)
                .toList();
        List<ValidationRequest> changedRequests = requests.stream()
                .map(request -> request.id().equals(requestId) ? validated : request)
                .toList();
        return Result.ok(new Validated(with(groups, users, memberships, changedGrants, changedRequests), validated));
    }

    /** A validated approver grant of another user on an activity of the request, still running on {@code today}. */
    private static boolean replacedApprover(Grant grant, ValidationRequest validated, LocalDate today) {
        return grant.role() == Role.APPROBATEUR && !grant.user().equals(validated.approver())
                && !grant.pendingCafValidation() && !grant.period().isEndedOn(today)
                && grant.target() instanceof Target.OnActivity on && validated.activities().contains(on.activity());
    }

    /** The grant closed from {@code day} on (from its start when it starts later: it never ran). */
    private static Grant endedOn(Grant grant, LocalDate day) {
        LocalDate end = day.isBefore(grant.period().start()) ? grant.period().start() : day;
        return new Grant(grant.id(), grant.user(), grant.role(), grant.target(),
                new Period(grant.period().start(), Optional.of(end)), grant.request(), grant.validatedOn());
    }

    // ---------------------------------------------------------------- search (spec §6.4)

    /**
     * The grants and gaps matching the criteria, grouped by activity then by each of its places, in the
     * convention's order; sections without lines are left out. A role is attributed on an activity or a place when
     * a grant that has not ended holds it there (a pending approver counts); the activity data provider of an
     * activity also covers its places, and an activity all of whose places have one is covered.
     */
    public List<GrantSection> search(GrantSearch criteria, LocalDate day) {
        List<GrantSection> sections = new ArrayList<>();
        for (Activity activity : activities) {
            if (!matches(activity, criteria)) {
                continue;
            }
            List<GrantSection.Line> lines = new ArrayList<>(lines(criteria, day,
                    grant -> grant.target() instanceof Target.OnActivity on && on.activity().equals(activity.id())));
            if (criteria.states().contains(GrantState.NON_ATTRIBUE)) {
                for (Role role : Role.values()) {
                    if (criteria.role().filter(wanted -> wanted != role).isEmpty() && !attributed(activity, role, day)) {
                        lines.add(GrantSection.Line.gap(role));
                    }
                }
            }
            addSection(sections, GrantSection.Kind.ACTIVITE, activity.id().value(), activity.libelle(), lines);
            if (!criteria.places()) {
                continue;
            }
            for (Place place : activity.places()) {
                List<GrantSection.Line> placeLines = new ArrayList<>(lines(criteria, day,
                        grant -> grant.target() instanceof Target.OnPlace on && on.place().equals(place.id())));
                Role provider = Role.FOURNISSEUR_DONNEES_ACTIVITE;
                if (criteria.states().contains(GrantState.NON_ATTRIBUE)
                        && criteria.role().filter(wanted -> wanted != provider).isEmpty()
                        && !attributed(activity, place, day)) {
                    placeLines.add(GrantSection.Line.gap(provider));
                }
                addSection(sections, GrantSection.Kind.LIEU, place.id().value(), place.libelle(), placeLines);
            }
        }
        return sections;
    }

    private static boolean matches(Activity activity, GrantSearch criteria) {
        return criteria.activity().filter(wanted -> !wanted.equals(activity.id())).isEmpty()
                && criteria.type().filter(wanted -> !wanted.equalsIgnoreCase(activity.type())).isEmpty()
                && criteria.nature().filter(wanted -> !activity.nature().map(wanted::equalsIgnoreCase).orElse(false))
                        .isEmpty();
    }

    private List<GrantSection.Line> lines(GrantSearch criteria, LocalDate day, Predicate<Grant> where) {
        return grants.stream()
                .filter(where)
                .filter(grant -> criteria.user().filter(wanted -> !wanted.equals(grant.user())).isEmpty())
                .filter(grant -> criteria.role().filter(wanted -> wanted != grant.role()).isEmpty())
                .filter(grant -> criteria.states().contains(state(grant, day)))
                .map(grant -> new GrantSection.Line(grant.role(), state(grant, day), Optional.of(grant.id()),
                        user(grant.user()), Optional.of(grant.period().start()), grant.period().end(),
                        grant.pendingCafValidation()))
                .toList();
    }

    private static void addSection(List<GrantSection> sections, GrantSection.Kind kind, java.util.UUID id,
            String libelle, List<GrantSection.Line> lines) {
        if (!lines.isEmpty()) {
            sections.add(new GrantSection(kind, id, libelle, lines));
        }
    }

    private boolean holds(Role role, Target target, LocalDate day) {
        return grants.stream().anyMatch(grant -> grant.role() == role && grant.target().equals(target)
                && !grant.period().isEndedOn(day));
    }

    private boolean attributed(Activity activity, Role role, LocalDate day) {
        if (holds(role, new Target.OnActivity(activity.id()), day)) {
            return true;
        }
        return role == Role.FOURNISSEUR_DONNEES_ACTIVITE && !activity.places().isEmpty()
                && activity.places().stream().allMatch(place -> holds(role, new Target.OnPlace(place.id()), day));
    }

    private boolean attributed(Activity activity, Place place, LocalDate day) {
        Role provider = Role.FOURNISSEUR_DONNEES_ACTIVITE;
        return holds(provider, new Target.OnPlace(place.id()), day)
                || holds(provider, new Target.OnActivity(activity.id()), day);
    }

    // ---------------------------------------------------------------- helpers

    private AfasConvention with(List<AfasGroup> newGroups, List<AfasUser> newUsers, List<Membership> newMemberships,
            List<Grant> newGrants, List<ValidationRequest> newRequests) {
        return new AfasConvention(id, partner, caf, libelle, cafPivot, period, validatedOn, prefix, activities,
                newGroups, newUsers, newMemberships, newGrants, newRequests, version);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    private static Result<AfasConvention> refused(HabilitationRefusal refusal) {
        Refusal value = refusal.refusal();
        return Result.refused(value);
    }
}
