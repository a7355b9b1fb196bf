package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.port.in.AdministerAfasConventions;
import fr.portailpartenaires.application.port.in.ManageAfasHabilitations;
import fr.portailpartenaires.application.port.in.Outcome;
import fr.portailpartenaires.application.port.in.Principal;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.GrantId;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;

/** The AFAS use cases for web tests that do not exercise them: every call is refused. */
final class UnusedAfasUseCases implements AdministerAfasConventions, ManageAfasHabilitations {

    private static <T> Outcome<T> refused() {
        return Outcome.refused(Outcome.Reason.FORBIDDEN, "test.non_utilise", "Non utilisé par ce test.");
    }

    @Override
    public Outcome<ConventionView> create(Principal caf, NewConventionForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<List<ConventionView>> list(Principal caf) {
        return refused();
    }

    @Override
    public Outcome<List<GroupView>> openGroups(Principal caf, AfasConventionId convention, GroupsForm form,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<List<ApproverRequest>> pendingApprovers(Principal caf) {
        return refused();
    }

    @Override
    public Outcome<ApproverRequest> validateApprover(Principal caf, AfasConventionId convention,
            ValidationRequestId request, ApproverValidationForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<List<ConventionView>> conventions(Principal principal, ConventionFilter filter) {
        return refused();
    }

    @Override
    public Outcome<ConventionDetail> convention(Principal principal, AfasConventionId convention) {
        return refused();
    }

    @Override
    public Outcome<List<UserView>> users(Principal principal, AfasConventionId convention, UserFilter filter) {
        return refused();
    }

    @Override
    public Outcome<UserView> createUser(Principal principal, AfasConventionId convention, NewUserForm form,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<UserView> modifyUser(Principal principal, AfasConventionId convention, UserId user,
            NewUserForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<UserView> closeUser(Principal principal, AfasConventionId convention, UserId user,
            UserClosingForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<UserDetail> user(Principal principal, AfasConventionId convention, UserId user) {
        return refused();
    }

    @Override
    public Outcome<UserDetail> addMembership(Principal principal, AfasConventionId convention, MembershipForm form,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<UserDetail> closeMembership(Principal principal, AfasConventionId convention,
            MembershipClosingForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<GrantsMade> grant(Principal principal, AfasConventionId convention, GrantForm form,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<GrantLine> endGrant(Principal principal, AfasConventionId convention, GrantId grant,
            GrantEndForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<SearchResult> search(Principal principal, AfasConventionId convention, SearchForm form) {
        return refused();
    }
}
