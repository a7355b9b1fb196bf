package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.WorkingConvention;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The convention selector (spec §3.3): the choice is kept in the server-side session, so it follows the user from
 * request to request until they log out; {@link WorkingConvention} gives it to the use cases that scope to it.
 */
public final class ConventionSelectionService extends UseCaseBase<ConventionPorts> implements SelectConvention {

    static final Refusal NOT_SELECTABLE = Refusal.of("convention.non_selectionnable");
    static final Refusal SESSION_ENDED = Refusal.of("session.expiree");

    public ConventionSelectionService(UseCaseSupport support, ConventionPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<Selection> selection(Principal principal) {
        return Guards.partnerUser(principal).flatMap(user -> support.inTransaction(() -> {
            PartnerConventions ofPartner = ports.conventions().of(user.partnerId());
            LocalDate today = BusinessTime.today(support.clock());
            return Outcome.done(Selection.of(ofPartner, WorkingConvention.find(user, ofPartner, today), today));
        }));
    }

    @Override
    public Outcome<Selection> select(Principal principal, ConventionId id) {
        return Guards.partnerUser(principal).flatMap(user -> support.inTransaction(() -> {
            PartnerConventions ofPartner = ports.conventions().of(user.partnerId());
            Optional<Convention> chosen = ofPartner.find(id);
            if (chosen.isEmpty()) {
                return Outcome.refused(Reason.NOT_FOUND, ConventionDesk.NOT_FOUND);
            }
            if (!(chosen.get() instanceof Convention.Validee validee) || !validee.isEffective(BusinessTime.today(support.clock()))) {
                return Outcome.refused(Reason.UNPROCESSABLE, NOT_SELECTABLE);
            }
            if (!ports.sessions().selectConvention(user.sessionId(), id.value())) {
                return Outcome.refused(Reason.UNAUTHENTICATED, SESSION_ENDED);
            }
            return Outcome.done(Selection.of(ofPartner, Optional.of(validee), BusinessTime.today(support.clock())));
        }));
    }
}
