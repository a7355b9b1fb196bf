package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.habilitation.AfasConventionAccess.then;
import static fr.portailpartenaires.application.habilitation.AfasForms.date;
import static fr.portailpartenaires.application.habilitation.AfasForms.ids;
import static fr.portailpartenaires.application.habilitation.AfasForms.newId;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habilitation.ActivityId;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.Grant;
import fr.portailpartenaires.domain.habilitation.GrantId;
import fr.portailpartenaires.domain.habilitation.Period;
import fr.portailpartenaires.domain.habilitation.PlaceId;
import fr.portailpartenaires.domain.habilitation.Role;
import fr.portailpartenaires.domain.habilitation.Scope;
import fr.portailpartenaires.domain.habilitation.ValidationRequest;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The role grants ({@link GrantAfasRoles}): the grants, their audit and, for an approver, the validation request
 * mailed to the CAF's administrators, are one transaction.
 */
public final class GrantAfasRolesService extends UseCaseBase<HabilitationPorts>
        implements GrantAfasRoles {

    static final String GRANTS_CREATED = "Les habilitations ont été créées avec succès.";

    /** @param support its randomness draws the ids */
    public GrantAfasRolesService(UseCaseSupport support, HabilitationPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<GrantsMade> grant(Principal principal, AfasConventionId id, GrantForm form, String sourceAddress) {
        return ports.access().onConvention(principal, id, (caller, convention, now) -> support.validate(form)
                .flatMap(errors -> {
                    LocalDate today = BusinessTime.dateOf(now);
                    Optional<UserId> grantee = AfasForms.userId(errors, "utilisateur", form.utilisateur());
                    Optional<Role> role = errors.has("role") ? Optional.empty() : Role.parse(form.role());
                    if (!errors.has("role") && role.isEmpty()) {
                        errors.add("role", "Rôle inconnu : Approbateur, Fournisseur de données d'activité ou "
                                + "Fournisseur de données financières.");
                    }
                    Optional<LocalDate> start = date(errors, "aPartirDu", form.aPartirDu(), null);
                    Optional<Period> period = AfasForms.period(errors, "jusquAu", start,
                            AfasForms.optionalDate(errors, "jusquAu", form.jusquAu()));
                    Optional<Scope> scope = scope(errors, convention, form);
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    ValidationRequestId requestId = new ValidationRequestId(newId(support.random()));
                    return switch (convention.grant(caller.user(), grantee.orElseThrow(), role.orElseThrow(),
                            period.orElseThrow(), scope.orElseThrow(), () -> new GrantId(newId(support.random())),
                            requestId, today)) {
                        case Result.Refused<AfasConvention.Granted> refused ->
                                AfasConventionAccess.<GrantsMade>refusedBy(refused.refusal());
                        case Result.Ok<AfasConvention.Granted> ok -> ports.access().saved(ok.value().convention(),
                                () -> granted(caller, ok.value(), grantee.get(), now, sourceAddress));
                    };
                }));
    }

    /** Audits each grant and, for an approver, asks the CAF to validate them. */
    private GrantsMade granted(Principal caller, AfasConvention.Granted granted, UserId grantee, Instant now,
            String sourceAddress) {
        AfasConvention changed = granted.convention();
        AfasUser user = changed.user(grantee).orElseThrow();
        for (Grant made : granted.grants()) {
            support.audit(AfasAudit.event(caller, now, AuditAction.HABILITATION_GRANTED, sourceAddress,
                    AfasAudit.scope(changed))
                    .withTarget(AfasAudit.userTarget(user.id()))
                    .withDetail("identifiant", AuditedChanges.safe(user.identifier().value()))
                    .withDetail("role", made.role().name())
                    .withDetail("portee", AfasViews.scopeLabel(changed, made.target()))
                    .withDetail("aPartirDu", made.period().start().toString()));
        }
        granted.request().ifPresent(request -> requestValidation(caller, changed, user, request,
                granted.grants().getFirst().period().start(), now, sourceAddress));
        LocalDate today = BusinessTime.dateOf(now);
        List<GrantLine> lines = granted.grants().stream().map(grant -> AfasViews.line(changed, grant, today)).toList();
        return new GrantsMade(GRANTS_CREATED, lines, granted.request().isPresent());
    }

    /** Every approver change is a new validation request, mailed to the CAF's administrators. */
    private void requestValidation(Principal caller, AfasConvention convention, AfasUser approver,
            ValidationRequest request, LocalDate start, Instant now, String sourceAddress) {
        support.mail(ports.conventions().cafAddresses(convention.caf()).stream().map(EmailAddress::value).toList(),
                new MailParameters.DemandeValidationApprobateur(ports.access().partnerName(convention),
                        convention.libelle(), approver.displayName(), approver.identifier().value(),
                        AfasViews.activityNames(convention, request), start), now);
        support.audit(AfasAudit.event(caller, now, AuditAction.APPROVER_VALIDATION_REQUESTED, sourceAddress,
                AfasAudit.scope(convention))
                .withTarget(AfasAudit.userTarget(approver.id()))
                .withDetail("identifiant", AuditedChanges.safe(approver.identifier().value())));
    }

    @Override
    public Outcome<GrantLine> endGrant(Principal principal, AfasConventionId id, GrantId grantId, GrantEndForm form,
            String sourceAddress) {
        return ports.access().onConvention(principal, id, (caller, convention, now) -> support.validate(form)
                .flatMap(errors -> {
                    LocalDate today = BusinessTime.dateOf(now);
                    Optional<LocalDate> end = date(errors, "dateFin", form.dateFin(), null);
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    return then(convention.endGrant(caller.user(), grantId, end.orElseThrow(), today),
                            changed -> ports.access().saved(changed, () -> {
                                Grant ended = changed.grants().stream().filter(grant -> grant.id().equals(grantId))
                                        .findFirst().orElseThrow();
                                support.audit(AfasAudit.event(caller, now, AuditAction.HABILITATION_REVOKED,
                                        sourceAddress, AfasAudit.scope(convention))
                                        .withTarget(AfasAudit.userTarget(ended.user()))
                                        .withDetail("role", ended.role().name())
                                        .withDetail("portee", AfasViews.scopeLabel(changed, ended.target()))
                                        .withDetail("dateFin", end.get().toString()));
                                return AfasViews.line(changed, ended, today);
                            }));
                }));
    }

    /** The scope of the grant form, the « sélectionner tout » helpers expanded. */
    private static Optional<Scope> scope(FormErrors errors, AfasConvention convention, GrantForm form) {
        if (errors.has("portee")) {
            return Optional.empty();
        }
        String portee = form.portee().strip().toUpperCase(Locale.ROOT);
        if (portee.equals("ACTIVITES") || portee.equals("ACTIVITÉS")) {
            Set<ActivityId> chosen = new LinkedHashSet<>();
            if (form.toutesLesActivites()) {
                convention.activities().forEach(activity -> chosen.add(activity.id()));
            }
            ids(errors, "activites", form.activites(), "Activité inconnue.").forEach(id -> chosen.add(new ActivityId(id)));
            return Optional.of(new Scope.Activities(List.copyOf(chosen)));
        }
        if (portee.equals("LIEUX")) {
            Set<PlaceId> chosen = new LinkedHashSet<>();
            if (form.tousLesLieux()) {
                convention.activities().forEach(activity -> activity.places().forEach(place -> chosen.add(place.id())));
            }
            for (UUID activity : ids(errors, "lieuxDesActivites", form.lieuxDesActivites(), "Activité inconnue.")) {
                convention.activity(new ActivityId(activity)).ifPresentOrElse(
                        found -> found.places().forEach(place -> chosen.add(place.id())),
                        () -> errors.add("lieuxDesActivites", "Activité inconnue."));
            }
            ids(errors, "lieux", form.lieux(), "Lieu d'implantation inconnu.").forEach(id -> chosen.add(new PlaceId(id)));
            return Optional.of(new Scope.Places(List.copyOf(chosen)));
        }
        errors.add("portee", "La portée est ACTIVITES (des activités) ou LIEUX (des lieux d'implantation).");
        return Optional.empty();
    }
}
