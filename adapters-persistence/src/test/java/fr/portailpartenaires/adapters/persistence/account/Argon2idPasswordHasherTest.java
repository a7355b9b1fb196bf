package fr.portailpartenaires.adapters.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import fr.portailpartenaires.adapters.persistence.account.Argon2idPasswordHasher.Argon2Parameters;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each Argon2id hash costs megabytes and milliseconds: the tests share a few. */
class Argon2idPasswordHasherTest {

    private static final Argon2idPasswordHasher HASHER = new Argon2idPasswordHasher(Argon2Parameters.OWASP_MINIMUM);
    private static final String PASSWORD = "Ergothérapie-2025!";
    private static final String HASH = HASHER.hash(PASSWORD);

    /** A hash made by password4j directly, with parameters the hasher would refuse to produce. */
    private static String legacyHash(Argon2 variant, int memoryKiB, int iterations) {
        return Password.hash(PASSWORD).addRandomSalt(16)
                .with(Argon2Function.getInstance(memoryKiB, iterations, 1, 32, variant, Argon2Function.ARGON2_VERSION_13))
                .getResult();
    }

    @Nested
    class Hashing {

        @Test
        void the_hash_is_a_phc_string_with_the_configured_parameters() {
            // 16-byte salt and 32-byte hash in unpadded base64: 22 and 43 characters
            assertThat(HASH).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        }

        @Test
        void the_same_password_gets_a_new_salt_each_time() {
            String again = HASHER.hash(PASSWORD);

            assertThat(again).isNotEqualTo(HASH);
            assertThat(again.split("\\$")[4]).isNotEqualTo(HASH.split("\\$")[4]);
            assertThat(HASHER.verify(PASSWORD, again)).isTrue();
        }
    }

    @Nested
    class Verifying {

        @Test
        void the_right_password_matches_its_hash() {
            assertThat(HASHER.verify(PASSWORD, HASH)).isTrue();
        }

        @Test
        void a_wrong_password_does_not() {
            assertThat(HASHER.verify("Ergotherapie-2025!", HASH)).isFalse();
            assertThat(HASHER.verify("", HASH)).isFalse();
        }

        @Test
        void an_unreadable_stored_hash_matches_no_password() {
            assertThat(HASHER.verify(PASSWORD, "not a hash")).isFalse();
            assertThat(HASHER.verify(PASSWORD, "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy")).isFalse();
        }

        @Test
        void an_unknown_login_costs_a_verification_and_nothing_else() {
            assertThatCode(() -> HASHER.verifyDummy(PASSWORD)).doesNotThrowAnyException();
        }
    }

    @Nested
    class Upgrading_old_hashes {

        @Test
        void a_hash_with_the_configured_parameters_is_kept() {
            assertThat(HASHER.needsRehash(HASH)).isFalse();
        }

        @Test
        void a_hash_with_weaker_parameters_still_verifies_and_is_replaced() {
            String weak = legacyHash(Argon2.ID, 1024, 1);

            assertThat(HASHER.verify(PASSWORD, weak)).isTrue();
            assertThat(HASHER.verify("wrong", weak)).isFalse();
            assertThat(HASHER.needsRehash(weak)).isTrue();
        }

        @Test
        void a_hash_of_an_older_argon2_variant_still_verifies_and_is_replaced() {
            String argon2i = legacyHash(Argon2.I, 19_456, 2);

            assertThat(HASHER.verify(PASSWORD, argon2i)).isTrue();
            assertThat(HASHER.needsRehash(argon2i)).isTrue();
        }

        @Test
        void raising_the_configured_cost_makes_existing_hashes_weaker() {
            var stronger = new Argon2idPasswordHasher(new Argon2Parameters(19_456, 3, 1, 16, 32));

            assertThat(stronger.needsRehash(HASH)).isTrue();
            assertThat(stronger.verify(PASSWORD, HASH)).isTrue();
            assertThat(HASHER.needsRehash(stronger.hash(PASSWORD))).isFalse();
        }

        @Test
        void moving_to_another_owasp_setting_keeps_old_hashes_working_and_replaces_them_once() {
            var moved = new Argon2idPasswordHasher(Argon2Parameters.DEFAULT);

            assertThat(moved.verify(PASSWORD, HASH)).isTrue();
            assertThat(moved.verify("wrong", HASH)).isFalse();
            assertThat(moved.needsRehash(HASH)).isTrue();
            String upgraded = moved.hash(PASSWORD);
            assertThat(upgraded).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
            assertThat(moved.needsRehash(upgraded)).isFalse();
            assertThat(moved.verify(PASSWORD, upgraded)).isTrue();
        }

        @Test
        void a_hash_of_another_algorithm_is_replaced() {
            assertThat(HASHER.needsRehash("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy")).isTrue();
            assertThat(HASHER.needsRehash("")).isTrue();
        }
    }

    @Nested
    class Native_and_pure_java_implementations {

        private final Argon2idPasswordHasher pureJava = Argon2idPasswordHasher.pureJava(Argon2Parameters.OWASP_MINIMUM);

        @Test
        void the_native_library_runs_on_this_platform() {
            assertThat(HASHER.implementation()).contains("native");
            assertThat(pureJava.implementation()).contains("pure Java");
        }

        @Test
        void parameters_libsodium_does_not_write_are_served_in_pure_java() {
            var twoLanes = new Argon2idPasswordHasher(new Argon2Parameters(19_456, 2, 2, 16, 32));

            assertThat(twoLanes.implementation()).contains("pure Java");
            assertThat(twoLanes.verify(PASSWORD, twoLanes.hash(PASSWORD))).isTrue();
            assertThat(HASHER.verify(PASSWORD, twoLanes.hash(PASSWORD))).isTrue();
        }

        @Test
        void a_native_hash_verifies_in_pure_java_and_the_other_way_round() {
            String madeInJava = pureJava.hash(PASSWORD);

            assertThat(pureJava.verify(PASSWORD, HASH)).isTrue();
            assertThat(pureJava.verify("Ergotherapie-2025!", HASH)).isFalse();
            assertThat(HASHER.verify(PASSWORD, madeInJava)).isTrue();
            assertThat(HASHER.verify("Ergotherapie-2025!", madeInJava)).isFalse();
            assertThat(madeInJava).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        }

        @Test
        void both_compute_the_same_hash_for_the_same_salt() {
            // the pure-Java check recomputes the native hash from its salt: equal bytes, not just "accepted"
            String[] nativeParts = HASH.split("\\$");
            String sameSaltInJava = Password.hash(PASSWORD).addSalt(Base64.getDecoder()
                            .decode(nativeParts[4] + "=="))
                    .with(Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13))
                    .getResult();

            assertThat(sameSaltInJava).isEqualTo(HASH);
        }

        @Test
        void a_corrupted_stored_hash_matches_nothing_natively() {
            String corrupted = HASH.substring(0, HASH.length() - 4) + "AAAA";

            assertThat(HASHER.verify(PASSWORD, corrupted)).isFalse();
        }

        @Test
        void many_logins_at_once_all_get_their_answer() throws Exception {
            var pool = Executors.newFixedThreadPool(6);
            try {
                var answers = pool.invokeAll(IntStream.range(0, 12)
                        .mapToObj(i -> (Callable<Boolean>) () ->
                                HASHER.verify(i % 2 == 0 ? PASSWORD : "faux", HASH))
                        .toList());
                for (int i = 0; i < answers.size(); i++) {
                    assertThat(answers.get(i).get()).isEqualTo(i % 2 == 0);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Nested
    class Parameters_weaker_than_owasp_are_refused {

        @Test
        void less_memory_fewer_iterations_a_shorter_salt_or_hash() {
            assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2Parameters(19_455, 2, 1, 16, 32)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OWASP");
            assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2Parameters(47_103, 1, 1, 16, 32)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2Parameters(12_288, 2, 1, 16, 32)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2Parameters(7_168, 4, 1, 16, 32)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2Parameters(7_167, 5, 1, 16, 32)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2Parameters(7_168, 5, 1, 16, 16)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2Parameters(19_456, 2, 1, 8, 32)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2Parameters(19_456, 2, 1, 16, 16)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void each_of_owasps_five_equivalent_settings_and_anything_stronger_is_accepted() {
            assertThat(Argon2Parameters.OWASP_EQUIVALENTS).hasSize(5).allMatch(Argon2Parameters::meetsOwaspMinimum);
            assertThat(new Argon2Parameters(65_536, 1, 1, 16, 32).meetsOwaspMinimum()).isTrue();
            assertThat(new Argon2Parameters(9_216, 5, 2, 16, 32).meetsOwaspMinimum()).isTrue();
            assertThat(Argon2Parameters.DEFAULT.meetsOwaspMinimum()).isTrue();
        }

        @Test
        void and_parameters_are_positive() {
            assertThatThrownBy(() -> new Argon2Parameters(19_456, 2, 0, 16, 32)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
