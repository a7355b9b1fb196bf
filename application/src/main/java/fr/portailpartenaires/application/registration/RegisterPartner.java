package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.FormFields;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.domain.convention.RegistrationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A visitor registers a partner (pré-inscription, spec §2.1); the caisse validates it later. */
@UseCase
public interface RegisterPartner {

    /**
     * Every error of the form is reported at once, per field; nothing is stored unless all is valid.
     * The captcha is consumed by every attempt: after an error, a new one must be typed.
     */
    Outcome<Submitted> register(RegistrationForm form, String sourceAddress);

    /** @param id the registration, pending until the caisse validates it */
    record Submitted(RegistrationId id) {
    }

    /** The registration form as typed (French field names, as on the form); lengths are capped before parsing. */
    record RegistrationForm(
            @NotBlank(message = "La version des conditions générales d'utilisation acceptée est obligatoire.")
            @Size(max = 20, message = "La version des conditions générales d'utilisation est invalide.")
            String cguVersion,
            @AssertTrue(message = "Vous devez accepter les conditions générales d'utilisation (« J'accepte »).")
            boolean cguAcceptees,
            @AssertTrue(message = "Vous devez détenir un numéro de convention signée avec votre caisse pour vous inscrire : contactez votre caisse.")
            boolean conventionDetenue,
            @FormFields.Regime String regime,
            @FormFields.Caisse String caisse,
            @FormFields.ConventionCode String codeConvention,
            @FormFields.PartnerTypeCode String typePartenaire,
            @FormFields.PartnerName String nomPartenaire,
            @FormFields.OptionalSiret String siret,
            @FormFields.RequiredPhone String telephone,
            @NotNull(message = "L'adresse est obligatoire.") @Valid
            AddressForm adresse,
            @NotNull(message = "Le premier administrateur est obligatoire.") @Valid
            AdministratorForm administrateur,
            UUID captchaId,
            @FormFields.RequiredCaptcha String captcha) {

        /** The form built part by part (for code that embeds the portal): what is not given stays empty. */
        public static Builder builder() {
            return new Builder();
        }
    }

    /**
     * Builds a {@link RegistrationForm} part by part, in the order of the form: the accepted conditions, the signed
     * convention, the partner, its address, its first administrator, the captcha's answer. Checks nothing itself:
     * {@link #register} reports every missing or invalid field.
     */
    final class Builder {
        private String cguVersion;
        private boolean cguAcceptees;
        private boolean conventionDetenue;
        private String regime;
        private String caisse;
        private String codeConvention;
        private String typePartenaire;
        private String nomPartenaire;
        private String siret;
        private String telephone;
        private AddressForm adresse;
        private AdministratorForm administrateur;
        private UUID captchaId;
        private String captcha;

        private Builder() {
        }

        /** « J'accepte » the conditions générales d'utilisation of this version. */
        public Builder cguAcceptees(String version) {
            this.cguVersion = version;
            this.cguAcceptees = true;
            return this;
        }

        /** The convention signed with the caisse, which the partner holds: its régime, caisse, code and partner type. */
        public Builder conventionDetenue(String regime, String caisse, String codeConvention, String typePartenaire) {
            this.conventionDetenue = true;
            this.regime = regime;
            this.caisse = caisse;
            this.codeConvention = codeConvention;
            this.typePartenaire = typePartenaire;
            return this;
        }

        /** The partner's name, SIRET (may be null) and telephone. */
        public Builder partenaire(String nom, String siret, String telephone) {
            this.nomPartenaire = nom;
            this.siret = siret;
            this.telephone = telephone;
            return this;
        }

        public Builder adresse(AddressForm adresse) {
            this.adresse = adresse;
            return this;
        }

        public Builder administrateur(AdministratorForm administrateur) {
            this.administrateur = administrateur;
            return this;
        }

        /** The captcha asked and what the visitor answered. */
        public Builder captcha(UUID captchaId, String answer) {
            this.captchaId = captchaId;
            this.captcha = answer;
            return this;
        }

        public RegistrationForm build() {
            return new RegistrationForm(cguVersion, cguAcceptees, conventionDetenue, regime, caisse, codeConvention,
                    typePartenaire, nomPartenaire, siret, telephone, adresse, administrateur, captchaId, captcha);
        }
    }


    /** The first administrator: every field is mandatory. */
    record AdministratorForm(
            @NotBlank(message = "Le nom de l'administrateur est obligatoire.") @Size(max = 50, message = "Le nom ne doit pas dépasser 50 caractères.") String nom,
            @NotBlank(message = "Le prénom de l'administrateur est obligatoire.") @Size(max = 50, message = "Le prénom ne doit pas dépasser 50 caractères.") String prenom,
            @NotBlank(message = "L'identifiant est obligatoire.") @Size(max = 30, message = "L'identifiant doit comporter de 3 à 30 caractères.") String login,
            @FormFields.RequiredEmail String email,
            @NotBlank(message = "Le téléphone de l'administrateur est obligatoire.") @Size(max = 20, message = "Le numéro de téléphone doit comporter 10 chiffres.") String telephone) {
    }
}
