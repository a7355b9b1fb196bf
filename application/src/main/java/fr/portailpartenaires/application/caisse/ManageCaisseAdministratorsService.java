package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.domain.caisse.CaisseStaff;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.UserId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The caisse's administrators managed by one of them (spec §3.4): a caisse administrator only (a CAF's administrators
 * are managed the same way: a CAF is a caisse), one transaction committed only when done, the staff locked while it
 * changes, the domain's {@link CaisseStaff} deciding a revocation. Audited.
 */
public final class ManageCaisseAdministratorsService extends UseCaseBase<CaissePorts>
        implements ManageCaisseAdministrators {

    static final Refusal CAISSE_ONLY = Refusal.of("caisse.reserve_administrateurs");

    private final NewCaisseAdministrators newAdministrators;

    public ManageCaisseAdministratorsService(UseCaseSupport support, CaissePorts ports, TemporaryPasswords passwords) {
        super(support, ports);
        this.newAdministrators = new NewCaisseAdministrators(support, ports, passwords);
    }

    @Override
    public Outcome<List<CaisseAdministratorView>> administrators(Principal principal) {
        return caisseOf(principal).flatMap(caisse -> support.inTransaction(() ->
                Outcome.done(views(ports.accounts().caisseStaffForUpdate(caisse)))));
    }

    @Override
    public Outcome<CaisseAdministratorView> create(Principal principal, NewAdministratorForm form,
            String sourceAddress) {
        return caisseOf(principal).flatMap(code -> support.validate(form).flatMap(errors ->
                support.commitIfDone(() -> {
                    Caisse caisse = ports.referenceData().caisse(code).orElseThrow();
                    ports.accounts().caisseStaffForUpdate(code);
                    Optional<NewCaisseAdministrators.Person> person = newAdministrators.person(errors, form.login(),
                            form.nom(), form.prenom(), form.email());
                    if (!errors.isEmpty() || person.isEmpty()) {
                        return errors.toOutcome();
                    }
                    var created = newAdministrators.create(caisse, person.get(), actor(principal), sourceAddress);
                    var p = person.get();
                    return Outcome.done(new CaisseAdministratorView(created.id(), created.login(),
                            p.lastName().value(), p.firstName().value(), created.email()));
                })));
    }

    @Override
    public Outcome<List<CaisseAdministratorView>> revoke(Principal principal, UserId administrator,
            String sourceAddress) {
        return caisseOf(principal).flatMap(caisse -> support.commitIfDone(() -> {
            List<Accounts.CaisseAdministrator> staff = ports.accounts().caisseStaffForUpdate(caisse);
            CaisseStaff before = new CaisseStaff(caisse, staff.stream().map(Accounts.CaisseAdministrator::id)
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
            return switch (before.revoke(principal.user(), administrator)) {
                case Result.Refused<CaisseStaff> refused -> Outcome.refused(
                        refused.refusal().equals(CaisseStaff.NOT_ONE_OF_THEM) ? Reason.NOT_FOUND : Reason.CONFLICT,
                        refused.refusal());
                case Result.Ok<CaisseStaff> ok -> {
                    ports.accounts().removeCaisseAdministrator(administrator);
                    ports.sessions().closeAllFor(SubjectKind.CAISSE_ADMIN, administrator.value().toString());
                    support.audit(AuditEvent.of(support.now(), actor(principal), AuditAction.USER_DELETED)
                            .withScope(caisse.value())
                            .withTarget("user:" + administrator.value())
                            .withSourceAddress(sourceAddress)
                            .withDetail("profil", "CAISSE_ADMIN"));
                    yield Outcome.done(views(staff.stream()
                            .filter(member -> !member.id().equals(administrator)).toList()));
                }
            };
        }));
    }

    private static Outcome<CaisseCode> caisseOf(Principal principal) {
        return switch (principal) {
            case Principal.CafAdministrator caf when caf.pendingObligation().isEmpty() -> Outcome.done(caf.caf());
            default -> Guards.caisseAdministrator(principal, CAISSE_ONLY);
        };
    }

    private static String actor(Principal principal) {
        return principal.user().value().toString();
    }

    private static List<CaisseAdministratorView> views(List<Accounts.CaisseAdministrator> staff) {
        return staff.stream().map(member -> new CaisseAdministratorView(member.id().value(), member.login().value(),
                member.lastName().value(), member.firstName().value(), member.email().value())).toList();
    }
}
