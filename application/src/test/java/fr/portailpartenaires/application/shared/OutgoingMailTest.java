package fr.portailpartenaires.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final RenderedMail RENDERED = new RenderedMail(MailTemplate.MOT_DE_PASSE_OUBLIE,
            "Votre mot de passe temporaire", "Mot de passe temporaire : Tmp4xQ9z", "<p>Tmp4xQ9z</p>");

    @Test
    void a_rendered_mail_is_addressed_to_one_recipient() {
        var mail = OutgoingMail.of("alex7@ciel-bleu.fr", RENDERED, NOW);
        assertThat(mail.recipient()).isEqualTo("alex7@ciel-bleu.fr");
        assertThat(mail.template()).isEqualTo(MailTemplate.MOT_DE_PASSE_OUBLIE);
        assertThat(mail.createdAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alex7", "alex7@", "@ciel-bleu.fr", "a@b@ciel-bleu.fr", "alex7@localhost",
            "alex 7@ciel-bleu.fr", "alex7@ciel-bleu.fr\r\nBcc: x@y.fr", "alex7@ciel-bleu.fr, x@y.fr",
            "Alex <alex7@ciel-bleu.fr>"})
    void anything_but_one_plain_address_is_refused(String recipient) {
        assertThatThrownBy(() -> OutgoingMail.of(recipient, RENDERED, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_subject_with_a_line_break_cannot_inject_headers() {
        assertThatThrownBy(() -> new OutgoingMail("alex7@ciel-bleu.fr", MailTemplate.MOT_DE_PASSE_OUBLIE,
                "Objet\r\nBcc: x@y.fr", "texte", "<p>texte</p>", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_string_leaves_the_bodies_out() {
        assertThat(OutgoingMail.of("alex7@ciel-bleu.fr", RENDERED, NOW).toString())
                .contains("alex7@ciel-bleu.fr").doesNotContain("Tmp4xQ9z");
    }
}
