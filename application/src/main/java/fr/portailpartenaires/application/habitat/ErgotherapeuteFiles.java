package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.FileView;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Principal.PartnerUser;
import fr.portailpartenaires.application.shared.WorkingConvention;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The frame of the ergothérapeute's use cases: a partner user working on a Prestataire Ergothérapeute's convention,
 * one transaction committed only when done, an order of that convention (any other one is not found), and a changed
 * file stored under its optimistic version with its audit event.
 */
final class ErgotherapeuteFiles {

    static final Refusal ERGOTHERAPEUTES_ONLY = Refusal.of("habitat.reserve_ergotherapeutes");

    /** The work on one order of the convention worked on. */
    @FunctionalInterface
    interface Work<T> {
        Outcome<T> on(PartnerUser user, Convention.Validee convention, InterventionOrders.Stored stored,
                LocalDate today);
    }

    private final UseCaseSupport support;
    private final InterventionOrders orders;
    private final WorkingConvention workingConvention;
    private final FileViews views;

    /** @param support on the Habitat services' clock (to the microsecond) */
    ErgotherapeuteFiles(UseCaseSupport support, Conventions conventions, InterventionOrders orders, FileViews views) {
        this.support = Objects.requireNonNull(support, "support");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.workingConvention = new WorkingConvention(conventions, support.clock());
        this.views = Objects.requireNonNull(views, "views");
    }

    /** Runs the work for a partner user on the convention they work on, which must be an ergothérapeute's. */
    <T> Outcome<T> asErgotherapeute(Principal principal,
            BiFunction<PartnerUser, Convention.Validee, Outcome<T>> work) {
        return Guards.partnerUser(principal).flatMap(user -> support.commitIfDone(() ->
                workingConvention.of(user).flatMap(convention ->
                        convention.partnerType() == PartnerType.PRESTATAIRE_ERGOTHERAPEUTE
                                ? work.apply(user, convention)
                                : Outcome.refused(Reason.FORBIDDEN, ERGOTHERAPEUTES_ONLY))));
    }

    /** As {@link #asErgotherapeute} on one order of the convention worked on; any other order is not found. */
    <T> Outcome<T> onFile(Principal principal, UUID orderId, Work<T> work) {
        return asErgotherapeute(principal, (user, convention) -> inConvention(convention, orderId)
                .map(stored -> work.on(user, convention, stored, BusinessTime.today(support.clock())))
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, Habitat.ORDER_NOT_FOUND)));
    }

    private Optional<InterventionOrders.Stored> inConvention(Convention convention, UUID orderId) {
        return orderId == null ? Optional.empty()
                : orders.find(orderId).filter(stored -> stored.order().conventionId().equals(convention.id().value()));
    }

    /** Stores the transition's file, or answers the domain's refusal. */
    Outcome<FileView> transition(InterventionOrders.Stored stored, LocalDate today, Result<InterventionFile> result,
            AuditEvent event) {
        return switch (result) {
            case Result.Refused<InterventionFile> refused -> Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
            case Result.Ok<InterventionFile> ok -> store(stored, ok.value(), today, event);
        };
    }

    /** Stores the changed file if nobody changed it meanwhile, with the audit event; answers its view. */
    Outcome<FileView> store(InterventionOrders.Stored stored, InterventionFile changed, LocalDate today,
            AuditEvent event) {
        if (!orders.update(changed, stored.version())) {
            return Outcome.refused(Reason.CONFLICT, Habitat.CHANGED_MEANWHILE);
        }
        support.audit(event.withDetail("etat", FileViews.state(changed.certificate())));
        return Outcome.done(views.fileView(stored.order(), changed, today));
    }

    /** The audit event of an ergothérapeute's action on an order. */
    AuditEvent event(PartnerUser user, String action, UUID orderId, String sourceAddress) {
        return AuditEvent.of(support.now(), user.user().value().toString(), action)
                .withScope("partner:" + user.partnerId().value())
                .withTarget(Habitat.target(orderId))
                .withSourceAddress(sourceAddress);
    }
}
