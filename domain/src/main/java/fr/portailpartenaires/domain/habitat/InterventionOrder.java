package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commande d'intervention as the caisse creates it for one convention (spec §4.1): who the retiree is,
 * the date de commande, the prestataire habitat in charge (the "Contact" of the list) and the Habitat
 * part of the evaluation file (Eva). What happens next lives in its {@link InterventionFile}.
 *
 * @param id             the order
 * @param conventionId   the convention of the ergothérapeute it is addressed to
 * @param retiree        the retiree (nom, prénom, NIR, adresse, téléphone, ressources)
 * @param dateDeCommande the day the caisse ordered the intervention
 * @param provider       the prestataire habitat in charge
 * @param evaluation     the Habitat part of the evaluation file
 * @param createdAt      when the caisse created it
 */
public record InterventionOrder(UUID id, UUID conventionId, Retiree retiree, LocalDate dateDeCommande,
                                HabitatProvider provider, Evaluation evaluation, Instant createdAt) {

    public InterventionOrder {
        Components.required(InterventionOrder.class, id, conventionId, retiree, dateDeCommande, provider, evaluation,
                createdAt);
    }

    /** The file of a new order: no certificate, no decision. */
    public InterventionFile newFile() {
        return InterventionFile.ordered(id, conventionId, dateDeCommande);
    }

    /**
     * The retiree the order is for.
     *
     * @param address the residence address; its identity line is the retiree's name
     */
    public record Retiree(LastName nom, FirstName prenom, Nir nir, PostalAddress address, PhoneNumber phone,
                          Ressources ressources) {
        public Retiree {
            Components.required(Retiree.class, nom, prenom, nir, address, phone, ressources);
        }
    }

    /**
     * The prestataire habitat in charge of the works, shown on hover of the "Contact" column.
     *
     * @param name        its name
     * @param coordinates how to reach it (phone, mail, address), as the caisse typed it
     */
    public record HabitatProvider(FreeText name, FreeText coordinates) {
        public static final int NAME_MAX_LENGTH = 100;
        public static final int COORDINATES_MAX_LENGTH = 300;

        public HabitatProvider {
            Components.required(HabitatProvider.class, name, coordinates);
        }
    }

    /**
     * The Habitat part of the evaluation file (Eva): the identity of the applicant is the retiree's; the
     * AGGIR grid's GIR and the housing and living environment are the evaluator's.
     *
     * @param evaluatedOn the day of the evaluation
     * @param gir         the GIR of the AGGIR grid
     * @param housing     the logement et cadre de vie, as the evaluator described it
     */
    public record Evaluation(LocalDate evaluatedOn, Gir gir, FreeText housing) {
        public static final int HOUSING_MAX_LENGTH = 2000;

        public Evaluation {
            Components.required(Evaluation.class, evaluatedOn, gir, housing);
        }
    }
}
