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
import fr.portailpartenaires.domain.habilitation.Period;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The memberships of the groups AFAS-HAB and AFAS-DEC ({@link ManageAfasMemberships}), each change audited. */
public final class ManageAfasMembershipsService extends UseCaseBase<HabilitationPorts>
        implements ManageAfasMemberships {

    public ManageAfasMembershipsService(UseCaseSupport support, HabilitationPorts ports) {
        super(support, ports);
    }

    /** What a membership change does once its form is checked: the form's other fields parsed into {@code errors}. */
    @FunctionalInterface
    private interface MembershipWork<T> {
        Outcome<T> apply(Principal caller, AfasConvention convention, Instant now, LocalDate today, FormErrors errors,
                Optional<UserId> member, Optional<GroupCode> group);
    }

    @Override
    public Outcome<UserDetail> addMembership(Principal principal, AfasConventionId id, MembershipForm form,
            String sourceAddress) {
        return onMembership(principal, id, form, form.utilisateur(), form.groupe(),
                (caller, convention, now, today, errors, member, group) -> {
                    Optional<LocalDate> opening = date(errors, "dateOuverture", form.dateOuverture(), today);
                    Optional<Period> period = AfasForms.period(errors, "dateCloture", opening,
                            AfasForms.optionalDate(errors, "dateCloture", form.dateCloture()));
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    boolean administrator = ports.access().administeredBy(convention, caller.user()).isPresent();
                    Membership membership = new Membership(member.orElseThrow(), group.orElseThrow(),
                            period.orElseThrow());
                    return then(convention.addMembership(caller.user(), administrator, membership, today),
                            changed -> ports.access().saved(changed, () -> {
                                support.audit(AfasAudit.event(caller, now, AuditAction.GROUP_MEMBERSHIP_ADDED,
                                        sourceAddress, AfasAudit.scope(convention))
                                        .withTarget(AfasAudit.userTarget(membership.user()))
                                        .withDetail("groupe", membership.group().code())
                                        .withDetail("dateOuverture", membership.period().start().toString()));
                                return AfasViews.detail(changed, changed.user(membership.user()).orElseThrow(), today);
                            }));
                });
    }

    @Override
    public Outcome<UserDetail> closeMembership(Principal principal, AfasConventionId id, MembershipClosingForm form,
            String sourceAddress) {
        return onMembership(principal, id, form, form.utilisateur(), form.groupe(),
                (caller, convention, now, today, errors, member, group) -> {
                    Optional<LocalDate> closing = date(errors, "dateCloture", form.dateCloture(), null);
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    return then(convention.closeMembership(caller.user(), member.orElseThrow(), group.orElseThrow(),
                            closing.orElseThrow(), today), changed -> ports.access().saved(changed, () -> {
                                support.audit(AfasAudit.event(caller, now, AuditAction.GROUP_MEMBERSHIP_CLOSED,
                                        sourceAddress, AfasAudit.scope(convention))
                                        .withTarget(AfasAudit.userTarget(member.get()))
                                        .withDetail("groupe", group.get().code())
                                        .withDetail("dateCloture", closing.get().toString()));
                                return AfasViews.detail(changed, changed.user(member.get()).orElseThrow(), today);
                            }));
                });
    }

    /**
     * A membership form on a convention of the caller's partner: validated, then its user ({@code utilisateur}) and
     * group ({@code groupe}) parsed before the work parses the rest.
     */
    private <T> Outcome<T> onMembership(Principal principal, AfasConventionId id, Object form, String user,
            String groupCode, MembershipWork<T> work) {
        return ports.access().onConvention(principal, id, (caller, convention, now) -> support.validate(form)
                .flatMap(errors -> work.apply(caller, convention, now, BusinessTime.dateOf(now), errors,
                        userId(errors, "utilisateur", user), group(errors, "groupe", groupCode))));
    }
}
