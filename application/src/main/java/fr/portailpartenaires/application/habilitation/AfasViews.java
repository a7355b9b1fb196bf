package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.GroupView;
import fr.portailpartenaires.application.habilitation.GrantAfasRoles.GrantLine;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.MembershipView;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserDetail;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserView;
import fr.portailpartenaires.application.habilitation.ValidateAfasApprovers.ApproverRequest;
import fr.portailpartenaires.domain.habilitation.Activity;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasGroup;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.Grant;
import fr.portailpartenaires.domain.habilitation.GrantId;
import fr.portailpartenaires.domain.habilitation.GrantSection;
import fr.portailpartenaires.domain.habilitation.Place;
import fr.portailpartenaires.domain.habilitation.Target;
import fr.portailpartenaires.domain.habilitation.ValidationRequest;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import java.time.LocalDate;
import java.util.List;

/** The AFAS conventions, users and grants as the use cases show them, on a given day. */
final class AfasViews {

    private AfasViews() {
    }

    static ConventionView view(AfasConvention convention, String partnerName, LocalDate today) {
        return new ConventionView(convention.id().value(), convention.libelle(), convention.cafPivot(), partnerName,
                convention.period().start(), convention.period().end().orElse(null), convention.isClosedOn(today),
                convention.validatedOn());
    }

    static List<GroupView> groups(AfasConvention convention, LocalDate today) {
        return convention.groups().stream().map(group -> groupView(group, today)).toList();
    }

    private static GroupView groupView(AfasGroup group, LocalDate today) {
        return new GroupView(group.code().code(), group.code().libelle(), group.niveau(), group.period().start(),
                group.period().end().orElse(null), group.period().isEndedOn(today));
    }

    static UserView userView(AfasConvention convention, AfasUser user, LocalDate today) {
        return new UserView(user.id().value(), user.identifier().value(), user.lastName().value(),
                user.firstName().value(), user.email().value(), user.phone().map(PhoneNumber::display).orElse(null),
                user.workStyle().name(), user.period().start(), user.period().end().orElse(null),
                user.period().isEndedOn(today), convention.openMemberships(user.id(), today).stream()
                        .map(membership -> membership.group().code()).distinct().toList());
    }

    static UserDetail detail(AfasConvention convention, AfasUser user, LocalDate today) {
        return new UserDetail(userView(convention, user, today), convention.isActive(user.id(), today),
                convention.memberships().stream().filter(membership -> membership.user().equals(user.id()))
                        .map(membership -> new MembershipView(membership.group().code(), membership.group().libelle(),
                                membership.period().start(), membership.period().end().orElse(null),
                                membership.period().isEndedOn(today)))
                        .toList(),
                convention.grants().stream().filter(grant -> grant.user().equals(user.id()))
                        .map(grant -> line(convention, grant, today)).toList());
    }

    static GrantLine line(AfasConvention convention, Grant grant, LocalDate today) {
        AfasUser user = convention.user(grant.user()).orElseThrow();
        String kind = grant.target() instanceof Target.OnPlace ? GrantSection.Kind.LIEU.libelle()
                : GrantSection.Kind.ACTIVITE.libelle();
        return new GrantLine(grant.id().value(), grant.role().libelle(), grant.role().name(), user.id().value(),
                user.displayName(), kind, scopeLabel(convention, grant.target()), grant.period().start(),
                grant.period().end().orElse(null), convention.state(grant, today).libelle(),
                grant.pendingCafValidation());
    }

    static GrantLine line(GrantSection section, GrantSection.Line line) {
        return new GrantLine(line.grant().map(GrantId::value).orElse(null), line.role().libelle(), line.role().name(),
                line.user().map(user -> user.id().value()).orElse(null),
                line.user().map(AfasUser::displayName).orElse(null), section.kind().libelle(), section.libelle(),
                line.start().orElse(null), line.end().orElse(null), line.state().libelle(),
                line.pendingCafValidation());
    }

    static String scopeLabel(AfasConvention convention, Target target) {
        return switch (target) {
            case Target.OnActivity on -> convention.activity(on.activity()).map(Activity::libelle).orElseThrow();
            case Target.OnPlace on -> convention.place(on.place()).map(Place::libelle).orElseThrow();
        };
    }

    static List<String> activityNames(AfasConvention convention, ValidationRequest request) {
        return request.activities().stream()
                .map(activity -> convention.activity(activity).map(Activity::libelle).orElseThrow())
                .toList();
    }

    static ApproverRequest approverRequest(AfasConvention convention, ValidationRequest request, String partnerName) {
        AfasUser approver = convention.user(request.approver()).orElseThrow();
        return new ApproverRequest(request.id().value(), convention.id().value(), convention.libelle(), partnerName,
                approver.id().value(), approver.identifier().value(), approver.displayName(),
                activityNames(convention, request), request.requestedOn(), request.validatedOn().orElse(null),
                request.deadline().orElse(null));
    }
}
