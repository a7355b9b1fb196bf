package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.FormFields;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The caisse's back-office of the Habitat service (spec §3.4, §4.1, §4.4): a caisse administrator creates the
 * intervention orders of a validated convention of a Prestataire Ergothérapeute of their caisse, and records the
 * decision notification of a transmitted file, which closes it. A convention or an order of another caisse does not
 * exist for them.
 */
@UseCase
public interface ManageHabitatOrders {

    /** Creates an order for the convention named in the form; answers its id. */
    Outcome<CreatedOrder> createOrder(Principal caisseAdministrator, OrderForm form, String sourceAddress);

    /** Records the notification de décision de l'aide Habitat on a transmitted file: the file is closed. */
    Outcome<WorkOnHabitatFiles.FileView> recordDecision(Principal caisseAdministrator, UUID orderId,
            DecisionForm form, String sourceAddress);

    /**
     * The orders of one convention of the caisse, as its ergothérapeute sees them (same filters, sorts, NIR search
     * and pages), so the caisse follows its partners' work; a convention of another caisse is not found.
     */
    Outcome<WorkOnHabitatFiles.OrderPage> orders(Principal caisseAdministrator, UUID conventionId,
            WorkOnHabitatFiles.ListRequest request);

    /** @param id the new order's id */
    record CreatedOrder(UUID id) {
    }

    /**
     * A commande d'intervention as the caisse types it (spec §4.1).
     *
     * @param convention     the id of the ergothérapeute's validated convention
     * @param nir            13 or 15 characters
     * @param ressources     {@code PS} (personne seule) or {@code C} (couple)
     * @param dateDeCommande not in the future
     */
    record OrderForm(
            @NotBlank(message = "La convention est obligatoire.") @Size(max = 40, message = "Cette convention est introuvable.")
            String convention,
            @NotBlank(message = "Le nom est obligatoire.") @Size(max = 50, message = "Le nom ne doit pas dépasser 50 caractères.")
            String nom,
            @NotBlank(message = "Le prénom est obligatoire.") @Size(max = 50, message = "Le prénom ne doit pas dépasser 50 caractères.")
            String prenom,
            @NotBlank(message = "Le NIR (numéro de sécurité sociale) est obligatoire.")
            @Size(max = 30, message = "Le NIR doit comporter 13 caractères, ou 15 avec la clé.")
            String nir,
            @NotNull(message = "L'adresse de résidence est obligatoire.") @Valid
            AddressForm adresse,
            @FormFields.RequiredPhone
            String telephone,
            @NotBlank(message = "Les ressources (PS ou C) sont obligatoires.") @Size(max = 5, message = "Les ressources sont PS (personne seule) ou C (couple).")
            String ressources,
            @NotNull(message = "La date de commande est obligatoire.")
            LocalDate dateDeCommande,
            @NotNull(message = "Le prestataire habitat est obligatoire.") @Valid
            ProviderForm prestataireHabitat,
            @NotNull(message = "La partie Habitat du dossier d'évaluation est obligatoire.") @Valid
            EvaluationForm evaluation) {
    }

    /** The prestataire habitat in charge (the "Contact" of the list). */
    record ProviderForm(
            @NotBlank(message = "Le nom du prestataire habitat est obligatoire.") @Size(max = 100, message = "Le nom du prestataire habitat ne doit pas dépasser 100 caractères.")
            String nom,
            @NotBlank(message = "Les coordonnées du prestataire habitat sont obligatoires.") @Size(max = 300, message = "Les coordonnées du prestataire habitat ne doivent pas dépasser 300 caractères.")
            String coordonnees) {
    }

    /** The Habitat part of the evaluation file (Eva): its date, the GIR of the AGGIR grid, the housing. */
    record EvaluationForm(
            @NotNull(message = "La date d'évaluation est obligatoire.")
            LocalDate dateEvaluation,
            @NotNull(message = "Le GIR de la grille AGGIR est obligatoire.")
            Integer gir,
            @NotBlank(message = "La description du logement et du cadre de vie est obligatoire.") @Size(max = 2000, message = "La description du logement et du cadre de vie ne doit pas dépasser 2000 caractères.")
            String logement) {
    }

    /**
     * The notification de décision de l'aide Habitat (spec §4.4).
     *
     * @param typeDeTravaux a work type code ({@code SALLE_DE_BAIN}…)
     * @param plafond       the plafond de financement CNAV in euros, e.g. {@code 3 500,00}
     * @param dateEffet     the day the aid starts
     * @param dureeMois     the durée of the aid in months
     * @param paiement      {@code AVEC_SUBROGATION} or {@code SANS_SUBROGATION}
     */
    record DecisionForm(
            @NotBlank(message = "Le type de travaux financé est obligatoire.") @Size(max = 40, message = "Ce type de travaux est inconnu.")
            String typeDeTravaux,
            @NotBlank(message = "Le plafond de financement CNAV est obligatoire.") @Size(max = 30, message = "Le plafond doit être un montant en euros, par exemple 3 500,00.")
            String plafond,
            @NotNull(message = "La date d'effet est obligatoire.")
            LocalDate dateEffet,
            @NotNull(message = "La durée de l'aide est obligatoire.")
            Integer dureeMois,
            @NotBlank(message = "Les modalités de paiement sont obligatoires.") @Size(max = 30, message = "Les modalités de paiement sont « avec subrogation » ou « sans subrogation ».")
            String paiement) {
    }
}
