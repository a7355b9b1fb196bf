package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionView;
import fr.portailpartenaires.application.shared.FormFields;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.GroupView;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The CAF's back-office of the AFAS conventions (spec §6.1, §6.2): an administrator of a CAF creates AFAS
 * conventions — with their partner, its first user (the convention's administrator, whose identifier is generated
 * and mailed with a temporary password) and its activities and places — lists them, and creates their groups
 * AFAS-HAB / AFAS-DEC. Another CAF's conventions do not exist for them.
 */
@UseCase
public interface AdministerAfasConventions {

    Outcome<ConventionView> create(Principal caf, NewConventionForm form, String sourceAddress);

    /** The conventions this CAF created, by libellé. */
    Outcome<List<ConventionView>> list(Principal caf);

    /** Creates the groups AFAS-HAB « AFAS-HABILITER » and AFAS-DEC « AFAS-DECLARER », niveau 1, open from the date. */
    Outcome<List<GroupView>> openGroups(Principal caf, AfasConventionId convention, GroupsForm form,
            String sourceAddress);

    /**
     * « Formaliser une convention »: the opening date defaults to today; the identifiers are
     * {@code prefixeIdentifiant} + two letters from {@code premierSuffixe} (default {@code AA}).
     */
    record NewConventionForm(
            @NotBlank(message = "Le libellé est obligatoire.") @Size(max = 100, message = "Le libellé ne doit pas dépasser 100 caractères.") String libelle,
            @Size(max = 100, message = "Le libellé de la CAF pivot ne doit pas dépasser 100 caractères.") String cafPivot,
            LocalDate dateOuverture,
            LocalDate dateCloture,
            @NotBlank(message = "Le préfixe des identifiants est obligatoire.") @Size(max = 20, message = "Le préfixe des identifiants comporte de 3 à 20 lettres majuscules ou chiffres (ex. : ENF01302).") String prefixeIdentifiant,
            @Size(max = 2, message = "Le premier suffixe comporte deux lettres (ex. : SM).") String premierSuffixe,
            @NotNull(message = "Le partenaire est obligatoire.") @Valid PartnerForm partenaire,
            @NotNull(message = "L'administrateur de la convention est obligatoire.") @Valid ManageAfasUsers.NewUserForm administrateur,
            @NotEmpty(message = "La convention porte sur au moins une activité.") List<@NotNull @Valid ActivityForm> activites) {
    }

    record PartnerForm(
            @FormFields.PartnerName String nom,
            @NotBlank(message = "Le téléphone est obligatoire.") @Size(max = 20, message = "Le numéro de téléphone doit comporter 10 chiffres.") String telephone,
            @NotNull(message = "L'adresse est obligatoire.") @Valid AddressForm adresse) {
    }

    /** An activity (« Service » for an ALSH) with its type, optional nature, and its places' libellés. */
    record ActivityForm(
            @NotBlank(message = "Le libellé de l'activité est obligatoire.") @Size(max = 100, message = "Le libellé de l'activité ne doit pas dépasser 100 caractères.") String libelle,
            @NotBlank(message = "Le type d'activité est obligatoire.") @Size(max = 100, message = "Le type d'activité ne doit pas dépasser 100 caractères.") String type,
            @Size(max = 100, message = "La nature d'activité ne doit pas dépasser 100 caractères.") String nature,
            List<@NotBlank(message = "Le libellé du lieu d'implantation est obligatoire.") @Size(max = 100, message = "Le libellé du lieu d'implantation ne doit pas dépasser 100 caractères.") String> lieux) {
    }

    record GroupsForm(LocalDate dateOuverture) {
    }
}
