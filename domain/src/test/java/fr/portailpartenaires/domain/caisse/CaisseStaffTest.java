package fr.portailpartenaires.domain.caisse;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Whatever the administrators of a caisse revoke, in any order, it keeps one and nobody revokes themself. */
class CaisseStaffTest {

    private static final CaisseCode CARSAT = CaisseCode.of("CARSAT-NORD-PICARDIE");

    @Property(tries = 200)
    void any_sequence_of_revocations_leaves_at_least_one_administrator(
            @ForAll @IntRange(min = 1, max = 6) int size,
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 5) Integer> by,
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 5) Integer> target) {
        List<UserId> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add(UserId.random());
        }
        CaisseStaff staff = new CaisseStaff(CARSAT, new LinkedHashSet<>(ids));
        for (int step = 0; step < Math.min(by.size(), target.size()); step++) {
            UserId who = ids.get(by.get(step) % size);
            UserId whom = ids.get(target.get(step) % size);
            Result<CaisseStaff> result = staff.revoke(who, whom);
            if (result instanceof Result.Ok<CaisseStaff> ok) {
                assertThat(who).isNotEqualTo(whom);
                assertThat(staff.administrators()).contains(who, whom);
                staff = ok.value();
                assertThat(staff.administrators()).doesNotContain(whom).contains(who);
            } else {
                assertThat(staff.administrators().contains(who) && staff.administrators().contains(whom)
                        && !who.equals(whom) && staff.administrators().size() > 1).isFalse();
            }
            assertThat(staff.administrators()).isNotEmpty();
        }
    }

    @Test
    void the_refusals_say_why() {
        UserId nadia = UserId.random();
        UserId paul = UserId.random();
        CaisseStaff two = new CaisseStaff(CARSAT, Set.of(nadia, paul));
        assertThat(((Result.Refused<CaisseStaff>) two.revoke(nadia, nadia)).refusal())
                .isEqualTo(CaisseStaff.SELF_REVOCATION);
        assertThat(((Result.Refused<CaisseStaff>) two.revoke(nadia, UserId.random())).refusal())
                .isEqualTo(CaisseStaff.NOT_ONE_OF_THEM);
        CaisseStaff one = ((Result.Ok<CaisseStaff>) two.revoke(nadia, paul)).value();
        assertThat(one.administrators()).containsExactly(nadia);
        assertThat(((Result.Refused<CaisseStaff>) one.revoke(paul, nadia)).refusal())
                .isEqualTo(CaisseStaff.NOT_ONE_OF_THEM);
    }
}
