package fr.portailpartenaires.adapters.web.registration;

import fr.portailpartenaires.adapters.web.AddressJson;
import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.application.registration.RegisterPartner;
import java.util.UUID;

/** The body of {@code POST /api/inscriptions}: the registration form, with the form's French field names. */
record RegistrationJson(String cguVersion, boolean cguAcceptees, boolean conventionDetenue, String regime,
        String caisse, String codeConvention, String typePartenaire, String nomPartenaire, String siret,
        String telephone, AddressJson adresse, AdministratorJson administrateur, UUID captchaId, String captcha)
        implements JsonBody<RegisterPartner.RegistrationForm> {

    @Override
    public RegisterPartner.RegistrationForm command(JsonFields fields) {
        return new RegisterPartner.RegistrationForm(cguVersion, cguAcceptees, conventionDetenue, regime, caisse,
                codeConvention, typePartenaire, nomPartenaire, siret, telephone, AddressJson.of(adresse, fields),
                administrateur == null ? null : administrateur.form(), captchaId, captcha);
    }

    /** The first administrator. */
    record AdministratorJson(String nom, String prenom, String login, String email, String telephone) {

        RegisterPartner.AdministratorForm form() {
            return new RegisterPartner.AdministratorForm(nom, prenom, login, email, telephone);
        }
    }
}
