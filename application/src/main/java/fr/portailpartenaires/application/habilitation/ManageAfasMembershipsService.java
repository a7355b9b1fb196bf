package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.habilitation.AfasConventionAccess.then;
import static fr.portailpartenaires.application.habilitation.AfasForms.date;
import static fr.portailpartenaires.application.habilitation.AfasForms.group;
import static fr.portailpartenaires.application.habilitation.AfasForms.userId;

import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserDetail;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.GroupCode;
import fr.portailpartenaires.domain.habilitation.Membership;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The memberships of the groups AFAS-HAB and AFAS-DEC ({@link ManageAfasMemberships}), each change audited. */
public final class ManageAfasMembershipsService extends UseCaseBase<HabilitationPorts>
        implements ManageAfasMemberships {

    public ManageAfasMembershipsService(UseCaseSupport support, HabilitationPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<UserDetail> addMembership(Principal principal, AfasConventionId id, MembershipForm form,
            String sourceAddress) {
        return onMembership(principal, id, form, form.utilisateur(), form.groupe(),
                (errors, today) -> AfasForms.period(errors, "dateCloture",
                        date(errors, "dateOuverture", form.dateOuverture(), today),
                        AfasForms.optionalDate(errors, "dateCloture", form.dateCloture())),
                change -> {
                    Principal caller = change.caller();
                    AfasConvention convention = change.convention();
                    boolean administrator = ports.access().administeredBy(convention, caller.user()).isPresent();
                    Membership membership = new Membership(change.member(), change.group(), change.values());
                    return then(convention.addMembership(caller.user(), administrator, membership, change.today()),
                            changed -> ports.access().saved(changed, () -> {
                                support.audit(AfasAudit.event(caller, change.now(), AuditAction.GROUP_MEMBERSHIP_ADDED,
                                        sourceAddress, AfasAudit.scope(convention))
                                        .withTarget(AfasAudit.userTarget(membership.user()))
                                        .withDetail("groupe", membership.group().code())
                                        .withDetail("dateOuverture", membership.period().start().toString()));
                                return AfasViews.detail(changed, changed.user(membership.user()).orElseThrow(),
                                        change.today());
                            }));
                });
    }

    @Override
    public Outcome<UserDetail> closeMembership(Principal principal, AfasConventionId id, MembershipClosingForm form,
            String sourceAddress) {
        return onMembership(principal, id, form, form.utilisateur(), form.groupe(),
                (errors, today) -> date(errors, "dateCloture", form.dateCloture(), null),
                change -> {
                    AfasConvention convention = change.convention();
                    LocalDate closing = change.values();
                    return then(convention.closeMembership(change.caller().user(), change.member(), change.group(),
                            closing, change.today()), changed -> ports.access().saved(changed, () -> {
                                support.audit(AfasAudit.event(change.caller(), change.now(),
                                        AuditAction.GROUP_MEMBERSHIP_CLOSED, sourceAddress,
                                        AfasAudit.scope(convention))
                                        .withTarget(AfasAudit.userTarget(change.member()))
                                        .withDetail("groupe", change.group().code())
                                        .withDetail("dateCloture", closing.toString()));
                                return AfasViews.detail(changed, changed.user(change.member()).orElseThrow(),
                                        change.today());
                            }));
                });
    }

    /**
     * A membership change whose form is checked and read: who asks, on which convention, when, for which member of
     * which group, and the form's other {@code values} (a period to open, a date to close on).
     */
    private record MembershipChange<V>(Principal caller, AfasConvention convention, Instant now, LocalDate today,
            UserId member, GroupCode group, V values) {
    }

    /**
     * A membership form on a convention of the caller's partner: validated, its user ({@code utilisateur}), group
     * ({@code groupe}) and other {@code values} read, every error reported at once; then the change is made.
     */
    private <V, T> Outcome<T> onMembership(Principal principal, AfasConventionId id, Object form, String user,
            String groupCode, BiFunction<FormErrors, LocalDate, Optional<V>> values,
            Function<MembershipChange<V>, Outcome<T>> change) {
        return ports.access().onConvention(principal, id, (caller, convention, now) -> support.validate(form)
                .flatMap(errors -> {
                    LocalDate today = BusinessTime.dateOf(now);
                    Optional<UserId> member = userId(errors, "utilisateur", user);
                    Optional<GroupCode> group = group(errors, "groupe", groupCode);
                    Optional<V> read = values.apply(errors, today);
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    return change.apply(new MembershipChange<>(caller, convention, now, today, member.orElseThrow(),
                            group.orElseThrow(), read.orElseThrow()));
                }));
    }
}
