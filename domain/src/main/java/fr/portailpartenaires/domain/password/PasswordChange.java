package fr.portailpartenaires.domain.password;

import fr.portailpartenaires.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks of the "Changer mon mot de passe" form: the new password follows the policy, differs
 * from the current one and was typed twice. Whether the current password is the right one is
 * verified against its hash by the application.
 */
public final class PasswordChange {

    private PasswordChange() {
    }

    /** Every problem of the form at once; an empty list means the change may proceed. */
    public static List<Refusal> validate(PasswordPolicy policy, String login, String currentPassword,
                                         String newPassword, String confirmation) {
        Objects.requireNonNull(policy, "policy");
        List<Refusal> violations = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            violations.add(Refusal.of("mot_de_passe.actuel_obligatoire"));
        }
        violations.addAll(policy.check(newPassword, login));
        if (newPassword != null && !newPassword.isEmpty() && newPassword.equals(currentPassword)) {
            violations.add(Refusal.of("mot_de_passe.identique_ancien"));
        }
        if (confirmation == null || confirmation.isEmpty()) {
            violations.add(Refusal.of("mot_de_passe.confirmation_obligatoire"));
        } else if (!confirmation.equals(newPassword)) {
            violations.add(Refusal.of("mot_de_passe.confirmation_differente"));
        }
        return List.copyOf(violations);
    }
}
