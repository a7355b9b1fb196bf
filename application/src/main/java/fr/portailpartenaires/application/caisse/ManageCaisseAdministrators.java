package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.UUID;

/**
 * A caisse administrator manages the administrators of their caisse (spec §3.4): lists them, creates one (a temporary
 * password by mail, to change at the first login), revokes one — never themself, never the last one, even when two
 * revoke each other at the same moment.
 */
@UseCase
public interface ManageCaisseAdministrators {

    Outcome<List<CaisseAdministratorView>> administrators(Principal caisseAdministrator);

    Outcome<CaisseAdministratorView> create(Principal caisseAdministrator, NewAdministratorForm form,
            String sourceAddress);

    /** Removes the administrator's account and ends their sessions. */
    Outcome<List<CaisseAdministratorView>> revoke(Principal caisseAdministrator, UserId administrator,
            String sourceAddress);

    record NewAdministratorForm(
            @NotBlank(message = "L'identifiant est obligatoire.") String login,
            @NotBlank(message = "Le nom est obligatoire.") String nom,
            @NotBlank(message = "Le prénom est obligatoire.") String prenom,
            @NotBlank(message = "L'adresse e-mail est obligatoire.") String email) {
    }

    record CaisseAdministratorView(UUID id, String login, String nom, String prenom, String email) {
    }
}
