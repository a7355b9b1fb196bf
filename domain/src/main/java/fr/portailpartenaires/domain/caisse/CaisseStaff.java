package fr.portailpartenaires.domain.caisse;

import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.UserId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The administrators of one caisse (spec §3.4): the same invariants as a partner's — the caisse always keeps at least
 * one administrator, and an administrator cannot revoke themself (another one must).
 */
public record CaisseStaff(CaisseCode caisse, Set<UserId> administrators) {

    public static final Refusal NOT_ONE_OF_THEM = Refusal.of("caisse.administrateur_introuvable");
    public static final Refusal SELF_REVOCATION = Refusal.of("caisse.revocation_de_soi");
    public static final Refusal LAST_ADMINISTRATOR = Refusal.of("caisse.dernier_administrateur");

    public CaisseStaff {
        Objects.requireNonNull(caisse, "caisse");
        administrators = Set.copyOf(administrators);
    }

    /** The staff without {@code target}, revoked by {@code by}, one of them. */
    public Result<CaisseStaff> revoke(UserId by, UserId target) {
        if (!administrators.contains(by) || !administrators.contains(target)) {
            return Result.refused(NOT_ONE_OF_THEM);
        }
        if (by.equals(target)) {
            return Result.refused(SELF_REVOCATION);
        }
        if (administrators.size() == 1) {
            return Result.refused(LAST_ADMINISTRATOR);
        }
        Set<UserId> rest = new LinkedHashSet<>(administrators);
        rest.remove(target);
        return Result.ok(new CaisseStaff(caisse, rest));
    }
}
