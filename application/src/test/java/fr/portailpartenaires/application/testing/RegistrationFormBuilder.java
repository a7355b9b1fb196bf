package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.registration.RegisterPartner.AdministratorForm;
import fr.portailpartenaires.application.registration.RegisterPartner.RegistrationForm;
import java.util.UUID;

/**
 * The registration form of the seed (Association Ciel Bleu, CARSAT Nord-Picardie, GRIZZI Alexandre {@code Alex7}),
 * with a valid SIRET, as a visitor would type it; tests change one field at a time.
 */
public final class RegistrationFormBuilder {

    /** A SIRET whose Luhn key holds (the seed's {@code 12345678998745} does not). */
    public static final String VALID_SIRET = "12345678298741";
    public static final String SEED_SIRET = "12345678998745";

    public String cguVersion = PortalSettings.PPAS.cguVersion();
    public boolean cguAcceptees = true;
    public boolean conventionDetenue = true;
    public String regime = "CNAV";
    public String caisse = "CARSAT-NORD-PICARDIE";
    public String codeConvention = "757301";
    public String typePartenaire = "STRUCTURE_EVALUATION";
    public String nomPartenaire = "Association Ciel Bleu";
    public String siret = VALID_SIRET;
    public String telephone = "0302010509";
    public boolean withAddress = true;
    public String mentionComplementaire;
    public String batimentResidence;
    public String numero = "107";
    public String complement = "B";
    public String typeEtLibelleVoie = "Esplanade de Madrid";
    public String lieuDitBoitePostale;
    public String codePostal = "62000";
    public String commune = "Arras";
    public String cedex;
    public String canton;
    public boolean withAdministrator = true;
    public String nom = "GRIZZI";
    public String prenom = "Alexandre";
    public String login = "Alex7";
    public String email = "alexandre.grizzi@ciel-bleu.example";
    public String adminTelephone = "0302010509";
    public UUID captchaId;
    public String captcha = ScriptedCaptcha.ANSWER;

    public RegistrationFormBuilder(UUID captchaId) {
        this.captchaId = captchaId;
    }

    public RegistrationForm build() {
        AddressForm address = withAddress ? new AddressForm(mentionComplementaire, batimentResidence, numero, complement,
                typeEtLibelleVoie, lieuDitBoitePostale, codePostal, commune, cedex, canton) : null;
        AdministratorForm administrator = withAdministrator
                ? new AdministratorForm(nom, prenom, login, email, adminTelephone) : null;
        return new RegistrationForm(cguVersion, cguAcceptees, conventionDetenue, regime, caisse, codeConvention,
                typePartenaire, nomPartenaire, siret, telephone, address, administrator, captchaId, captcha);
    }
}
