package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.ValidationRequest;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The CAF's validation of approvers ({@link ValidateAfasApprovers}): the validation, the approver's mail and its
 * audit are one transaction.
 */
public final class ValidateAfasApproversService extends UseCaseBase<HabilitationPorts>
        implements ValidateAfasApprovers {

    public ValidateAfasApproversService(UseCaseSupport support, HabilitationPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<List<ApproverRequest>> pendingApprovers(Principal principal) {
        return ports.access().asCaf(principal, (caf, now) -> Outcome.done(ports.conventions().ofCaf(caf.caf()).stream()
                .flatMap(convention -> convention.requests().stream().filter(ValidationRequest::isPending)
                        .map(request -> AfasViews.approverRequest(convention, request,
                                ports.access().partnerName(convention))))
                .sorted(Comparator.comparing(ApproverRequest::demandeeLe))
                .toList()));
    }

    @Override
    public Outcome<ApproverRequest> validateApprover(Principal principal, AfasConventionId id,
            ValidationRequestId requestId, ApproverValidationForm form, String sourceAddress) {
        return ports.access().onCafConvention(principal, id, (caf, convention, now) -> support.validate(form)
                .flatMap(errors -> {
                    Optional<LocalDate> deadline = AfasForms.date(errors, "dateEcheance", form.dateEcheance(), null);
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    return switch (convention.validate(requestId, deadline.orElseThrow(), BusinessTime.dateOf(now))) {
                        case Result.Refused<AfasConvention.Validated> refused ->
                                AfasConventionAccess.<ApproverRequest>refusedBy(refused.refusal());
                        case Result.Ok<AfasConvention.Validated> ok -> ports.access().saved(ok.value().convention(),
                                () -> validated(caf, convention, ok.value(), now, sourceAddress));
                    };
                }));
    }

    /** Calls the approver for the declaration deadline, and audits the validation. */
    private ApproverRequest validated(Principal caf, AfasConvention before, AfasConvention.Validated validated,
            Instant now, String sourceAddress) {
        ValidationRequest request = validated.request();
        AfasUser approver = before.user(request.approver()).orElseThrow();
        String partnerName = ports.access().partnerName(before);
        support.mail(approver.email().value(), new MailParameters.AppelEcheanceDeclaration(partnerName,
                before.cafPivot(), approver.displayName(), AfasViews.activityNames(before, request),
                request.deadline().orElseThrow()), now);
        support.audit(AfasAudit.event(caf, now, AuditAction.APPROVER_VALIDATED, sourceAddress,
                AfasAudit.cafScope(before.caf()))
                .withTarget(AfasAudit.userTarget(approver.id()))
                .withDetail("identifiant", AuditedChanges.safe(approver.identifier().value()))
                .withDetail("dateEcheance", request.deadline().orElseThrow().toString()));
        return AfasViews.approverRequest(validated.convention(), request, partnerName);
    }
}
