package fr.portailpartenaires.application.service;

import fr.portailpartenaires.application.port.in.RegisterPartner.AddressForm;
import fr.portailpartenaires.application.port.in.RegisterPartner.AdministratorForm;
import fr.portailpartenaires.application.port.in.RegisterPartner.RegistrationForm;
import java.util.UUID;

/**
 * The registration form of the seed (Association Ciel Bleu, CARSAT Nord-Picardie, GRIZZI Alexandre {@code Alex7}),
 * with a valid SIRET, as a visitor would type it; tests change one field at a time.
 */
final class RegistrationFormBuilder {

    /** A SIRET whose Luhn key holds (the seed's {@code 12345678998745} does not). */
    static final String VALID_SIRET = "12345678298741";
    static final String SEED_SIRET = "12345678998745";

    String cguVersion = PortalSettings.PPAS.cguVersion();
    boolean cguAcceptees = true;
    boolean conventionDetenue = true;
    String regime = "CNAV";
    String caisse = "CARSAT-NORD-PICARDIE";
    String codeConvention = "757301";
    String typePartenaire = "STRUCTURE_EVALUATION";
    String nomPartenaire = "Association Ciel Bleu";
    String siret = VALID_SIRET;
    String telephone = "0302010509";
    boolean withAddress = true;
    String mentionComplementaire;
    String batimentResidence;
    String numero = "107";
    String complement = "B";
    String typeEtLibelleVoie = "Esplanade de Madrid";
    String lieuDitBoitePostale;
    String codePostal = "62000";
    String commune = "Arras";
    String cedex;
    String canton;
    boolean withAdministrator = true;
    String nom = "GRIZZI";
    String prenom = "Alexandre";
    String login = "Alex7";
    String email = "alexandre.grizzi@ciel-bleu.example";
    String adminTelephone = "0302010509";
    UUID captchaId;
    String captcha = ScriptedCaptcha.ANSWER;

    RegistrationFormBuilder(UUID captchaId) {
        this.captchaId = captchaId;
    }

    RegistrationForm build() {
        AddressForm address = withAddress ? new AddressForm(mentionComplementaire, batimentResidence, numero, complement,
                typeEtLibelleVoie, lieuDitBoitePostale, codePostal, commune, cedex, canton) : null;
        AdministratorForm administrator = withAdministrator
                ? new AdministratorForm(nom, prenom, login, email, adminTelephone) : null;
        return new RegistrationForm(cguVersion, cguAcceptees, conventionDetenue, regime, caisse, codeConvention,
                typePartenaire, nomPartenaire, siret, telephone, address, administrator, captchaId, captcha);
    }
}
