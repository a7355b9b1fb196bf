package fr.portailpartenaires.application.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The fields several forms share, each checked once the same way with the same French messages: presence, and a
 * length cap before the value is parsed. A form's record component carries the field's annotation instead of
 * repeating its {@code @NotBlank} and {@code @Size}; each failing part reports its own message on that component.
 */
public final class FormFields {

    private FormFields() {
    }

    /** The régime of a convention (« 1 », the code of a régime). */
    @NotBlank(message = "Le régime est obligatoire.")
    @Size(max = 20, message = "Le régime est inconnu.")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface Regime {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** The caisse of a convention (its code). */
    @NotBlank(message = "La caisse est obligatoire.")
    @Size(max = 40, message = "La caisse est inconnue.")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface Caisse {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** The code of a convention signed with a caisse (« 757300 », « FP62757300 »). */
    @NotBlank(message = "Le code convention est obligatoire.")
    @Size(max = 20, message = "Le code convention comporte de 4 à 12 lettres et chiffres, sans espace ni tiret "
            + "(par exemple 757300 ou FP62757300).")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface ConventionCode {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** The type of partner a convention is for (its code). */
    @NotBlank(message = "Le type de partenaire est obligatoire.")
    @Size(max = 40, message = "Le type de partenaire est inconnu.")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface PartnerTypeCode {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** An amount in euros as typed: {@code 175,50} or {@code 175.50}. */
    @NotBlank(message = "Le montant est obligatoire.")
    @Size(max = 20, message = "Le montant est trop long.")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface Amount {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** An e-mail address that must be given. */
    @NotBlank(message = "L'adresse e-mail est obligatoire.")
    @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface RequiredEmail {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** The captcha's answer a visitor must type. */
    @NotBlank(message = Refusals.CAPTCHA_MISSING)
    @Size(max = 20, message = "Le code de sécurité saisi est incorrect.")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface RequiredCaptcha {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** The name of a partner. */
    @NotBlank(message = "Le nom du partenaire est obligatoire.")
    @Size(max = 100, message = "Le nom du partenaire ne doit pas dépasser 100 caractères.")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface PartnerName {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** A SIRET that may be left empty (a partner without one); its form is checked by {@code Siret}. */
    @Size(max = 20, message = "Le numéro SIRET doit comporter exactement 14 chiffres.")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface OptionalSiret {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** A phone number that must be given. */
    @NotBlank(message = "Le numéro de téléphone est obligatoire.")
    @Size(max = 20, message = "Le numéro de téléphone doit comporter 10 chiffres.")
    @Constraint(validatedBy = {})
    @Target({RECORD_COMPONENT, FIELD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface RequiredPhone {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }
}
