package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.domain.shared.Refusal;
import java.util.UUID;

/** What the Habitat services share: the refusals several of them give, how the audit names an order. */
final class Habitat {

    static final Refusal ORDER_NOT_FOUND = Refusal.of("commande.introuvable");
    static final Refusal CHANGED_MEANWHILE = Refusal.of("commande.modifiee_entre_temps");

    private Habitat() {
    }

    /** The audit's target for an order: its id, never a NIR. */
    static String target(UUID orderId) {
        return "habitat-order:" + orderId;
    }
}
