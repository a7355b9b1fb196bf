package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.UseCase;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * The operator sets a portal up from nothing (spec §3.5): on an empty database they create the first administrator of
 * a caisse or of a CAF, who receives a temporary password by mail and manages the rest in the portal. Caisses come
 * from the migrations. Called by the service's {@code admin} command, never over HTTP: whoever may run it already
 * holds the database's configuration.
 */
@UseCase
public interface SetUpCaisse {

    /**
     * Creates the administrator with a temporary password to change at first login, mailed to them; refuses an
     * unknown caisse, a taken login, a bad e-mail, and a caisse that already has an administrator unless
     * {@link NewCaisseAdministrator#additional()} says one more is wanted.
     */
    Outcome<AdministratorCreated> createAdministrator(NewCaisseAdministrator form);

    /** @param additional the caisse may already have administrators: this one is one more */
    record NewCaisseAdministrator(
            @NotBlank(message = "La caisse est obligatoire.") String caisse,
            @NotBlank(message = "L'identifiant est obligatoire.") String login,
            @NotBlank(message = "Le nom est obligatoire.") @Size(max = 100, message = "Le nom est trop long.") String nom,
            @NotBlank(message = "Le prénom est obligatoire.") @Size(max = 100, message = "Le prénom est trop long.")
            String prenom,
            @NotBlank(message = "L'adresse e-mail est obligatoire.") String email,
            boolean additional) {
    }

    /**
     * @param temporaryPassword given back only so the command can print it once when no SMTP server is configured
     */
    record AdministratorCreated(UUID id, String login, String caisse, String libelleCaisse, String email,
            String temporaryPassword, Instant temporaryPasswordExpiresAt) {

        @Override
        public String toString() {
            return "AdministratorCreated[login=" + login + ", caisse=" + caisse + ", temporaryPassword=***]";
        }
    }
}
