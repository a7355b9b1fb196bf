package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.habilitation.ManageAfasUsers.NewUserForm;
import fr.portailpartenaires.application.shared.RandomUuids;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.GroupCode;
import fr.portailpartenaires.domain.habilitation.Period;
import fr.portailpartenaires.domain.habilitation.WorkStyle;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The parsing of the AFAS forms' fields, adding its errors to the form's: dates (read by the edge: here only their
 * defaults and their order), ids, groups, and the user form shared by the convention's administrator and the
 * partner's users; and the ids the services draw.
 */
final class AfasForms {

    private AfasForms() {
    }

    /** The parsed fields of a user form (« Créer un utilisateur partenaire » or the convention's administrator). */
    record UserInput(LastName lastName, FirstName firstName, EmailAddress email, Optional<PhoneNumber> phone,
            WorkStyle workStyle, Period period) {

        AfasUser user(UserId id, Login identifier) {
            return new AfasUser(id, identifier, lastName, firstName, email, phone, workStyle, period);
        }
    }

    /** The user form's fields under {@code prefix}; the opening date defaults to {@code today}. */
    static Optional<UserInput> userInput(FormErrors errors, String prefix, NewUserForm form, LocalDate today) {
        Optional<LastName> lastName = errors.parse(prefix + "nom", form.nom(), LastName::parse);
        Optional<FirstName> firstName = errors.parse(prefix + "prenom", form.prenom(), FirstName::parse);
        Optional<EmailAddress> email = errors.parse(prefix + "email", form.email(), EmailAddress::parse);
        if (email.isPresent() && !errors.has(prefix + "confirmationEmail") && (form.confirmationEmail() == null
                || !form.confirmationEmail().strip().equalsIgnoreCase(email.get().value()))) {
            errors.add(prefix + "confirmationEmail", "Les deux adresses mail saisies sont différentes.");
        }
        Optional<Optional<PhoneNumber>> phone = errors.parseOptional(prefix + "telephone", form.telephone(),
                PhoneNumber::parse);
        if (phone.isPresent() && !errors.has(prefix + "confirmationTelephone")) {
            String confirmation = form.confirmationTelephone();
            boolean same = confirmation == null || confirmation.isBlank() ? phone.get().isEmpty()
                    : phone.get().isPresent() && PhoneNumber.parse(confirmation) instanceof Result.Ok<PhoneNumber> ok
                            && ok.value().equals(phone.get().get());
            if (!same) {
                errors.add(prefix + "confirmationTelephone", "Les deux numéros de téléphone saisis sont différents.");
            }
        }
        WorkStyle workStyle = WorkStyle.SEDENTAIRE;
        if (form.poste() != null && !form.poste().isBlank() && !errors.has(prefix + "poste")) {
            try {
                workStyle = WorkStyle.valueOf(form.poste().strip().toUpperCase(Locale.ROOT).replace('É', 'E'));
            } catch (IllegalArgumentException e) {
                errors.add(prefix + "poste", "Le poste est SEDENTAIRE (poste fixe) ou ITINERANT (poste de travail "
                        + "variable).");
            }
        }
        Optional<LocalDate> opening = date(errors, prefix + "dateOuverture", form.dateOuverture(), today);
        Optional<Period> period = period(errors, prefix + "dateCloture", opening,
                optionalDate(errors, prefix + "dateCloture", form.dateCloture()));
        if (lastName.isEmpty() || firstName.isEmpty() || email.isEmpty() || phone.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UserInput(lastName.get(), firstName.get(), email.get(), phone.get(), workStyle,
                period.get()));
    }

    static List<UUID> ids(FormErrors errors, String field, List<String> raw, String unknown) {
        if (raw == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String value : raw) {
            uuid(errors, field, value, unknown).ifPresent(ids::add);
        }
        return ids;
    }

    static Optional<UUID> uuid(FormErrors errors, String field, String raw, String unknown) {
        try {
            return Optional.of(UUID.fromString(raw == null ? "" : raw.strip()));
        } catch (IllegalArgumentException e) {
            errors.add(field, unknown);
            return Optional.empty();
        }
    }

    static Optional<UserId> userId(FormErrors errors, String field, String raw) {
        if (errors.has(field)) {
            return Optional.empty();
        }
        return uuid(errors, field, raw, "Utilisateur inconnu.").map(UserId::new);
    }

    static Optional<GroupCode> group(FormErrors errors, String field, String raw) {
        if (errors.has(field)) {
            return Optional.empty();
        }
        Optional<GroupCode> group = GroupCode.parse(raw);
        if (group.isEmpty()) {
            errors.add(field, "Groupe inconnu : AFAS-HAB ou AFAS-DEC.");
        }
        return group;
    }

    /** An optional criterion: blank is absent; empty (outer) when it is invalid. */
    static <T> Optional<Optional<T>> optional(String raw, Function<String, Optional<T>> parse) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(Optional.empty());
        }
        return parse.apply(raw).map(Optional::of);
    }

    /** A mandatory date, or {@code byDefault} when absent and a default exists. */
    static Optional<LocalDate> date(FormErrors errors, String field, LocalDate date, LocalDate byDefault) {
        if (errors.has(field)) {
            return Optional.empty();
        }
        if (date == null && byDefault == null) {
            errors.add(field, "La date est obligatoire.");
        }
        return Optional.ofNullable(date == null ? byDefault : date);
    }

    static Optional<Optional<LocalDate>> optionalDate(FormErrors errors, String field, LocalDate date) {
        return errors.has(field) ? Optional.empty() : Optional.of(Optional.ofNullable(date));
    }

    static Optional<Period> period(FormErrors errors, String endField, Optional<LocalDate> start,
            Optional<Optional<LocalDate>> end) {
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return errors.parse(endField, "", unused -> Period.of(start.get(), end.get()));
    }

    static Optional<String> blankToEmpty(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    /** A filter criterion: blank matches everything, otherwise the value contains it, whatever the case. */
    static boolean contains(String value, String wanted) {
        return wanted == null || wanted.isBlank()
                || (value != null && value.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT)));
    }

    /** A random (version 4) id drawn from the service's generator. */
    static UUID newId(RandomGenerator random) {
        return RandomUuids.next(random);
    }
}
