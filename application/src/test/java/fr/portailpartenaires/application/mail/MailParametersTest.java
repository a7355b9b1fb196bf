package fr.portailpartenaires.application.mail;

import fr.portailpartenaires.application.shared.MailTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.MailParameters.CreationCompte;
import fr.portailpartenaires.application.shared.MailParameters.InvalidationConvention;
import fr.portailpartenaires.application.shared.MailParameters.MotDePasseOublie;
import fr.portailpartenaires.application.shared.MailParameters.ValidationPreinscription;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailParametersTest {

    @Test
    void each_record_chooses_its_template() {
        assertThat(new InvalidationConvention("757300", "CARSAT Nord-Picardie").template())
                .isEqualTo(MailTemplate.INVALIDATION_CONVENTION);
        assertThat(new ValidationPreinscription("Association Ciel Bleu", "CARSAT Nord-Picardie", "Alex7", "Tmp4xQ9z",
                Duration.ofHours(72)).template()).isEqualTo(MailTemplate.VALIDATION_PREINSCRIPTION);
    }

    @Test
    void a_temporary_password_never_shows_in_to_string() {
        assertThat(new ValidationPreinscription("Association Ciel Bleu", "CARSAT Nord-Picardie", "Alex7", "Tmp4xQ9z",
                Duration.ofHours(72)).toString()).contains("Alex7").doesNotContain("Tmp4xQ9z");
        assertThat(new CreationCompte("Association Ciel Bleu", Optional.of("jdupont"), "Tmp4xQ9z", Duration.ofHours(72))
                .toString()).doesNotContain("Tmp4xQ9z");
        assertThat(new MotDePasseOublie("Alex7", "Tmp4xQ9z", Duration.ofHours(72)).toString())
                .doesNotContain("Tmp4xQ9z");
    }

    @Test
    void blank_values_and_non_positive_validities_are_bugs_of_the_caller() {
        assertThatThrownBy(() -> new InvalidationConvention(" ", "CARSAT Nord-Picardie"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MotDePasseOublie("Alex7", "Tmp4xQ9z", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreationCompte("Ciel Bleu", Optional.of(""), "Tmp4xQ9z", Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
