package fr.portailpartenaires.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.registration.RegisterPartner.AdministratorForm;
import fr.portailpartenaires.application.registration.RegisterPartner.RegistrationForm;
import fr.portailpartenaires.application.shared.AddressForm;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistrationFormBuilderTest {

    private static final UUID CAPTCHA = UUID.fromString("00000000-0000-0000-0000-000000000007");

    @Test
    void the_builder_fills_every_field_of_the_form_as_the_positional_record_does() {
        AdministratorForm solange = new AdministratorForm("SOLEIL", "Solange", "Solange7", "solange@ciel.example",
                "0321000001");
        RegistrationForm built = RegistrationForm.builder()
                .cguAcceptees("2024-01")
                .conventionDetenue("CNAV", "CARSAT-NORD-PICARDIE", "757301", "STRUCTURE_EVALUATION")
                .partenaire("Ciel Bleu", "12345678298741", "0321000000")
                .adresse(AddressForm.street("12", "Rue de Lille", "62300", "Lens"))
                .administrateur(solange)
                .captcha(CAPTCHA, "7")
                .build();
        assertThat(built).isEqualTo(new RegistrationForm("2024-01", true, true, "CNAV", "CARSAT-NORD-PICARDIE",
                "757301", "STRUCTURE_EVALUATION", "Ciel Bleu", "12345678298741", "0321000000",
                new AddressForm(null, null, "12", null, "Rue de Lille", null, "62300", "Lens", null, null), solange,
                CAPTCHA, "7"));
    }

    @Test
    void what_is_not_given_stays_empty_and_nothing_is_accepted_by_default() {
        RegistrationForm empty = RegistrationForm.builder().build();
        assertThat(empty.cguAcceptees()).isFalse();
        assertThat(empty.conventionDetenue()).isFalse();
        assertThat(empty.nomPartenaire()).isNull();
        assertThat(empty.adresse()).isNull();
        assertThat(empty.captchaId()).isNull();
    }
}
