package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A caisse administrator registers the convention numbers their caisse has signed (spec §3.4), one by one or as a
 * file: only a registered number, signed for the partner's type, in force and not in use, lets a visitor register or
 * a partner request a convention. A file is taken whole or not at all, and answered line by line.
 */
@UseCase
public interface RegisterSignedNumbers {

    /** Registers one number; a number the caisse already registered is a mistake in the {@code code} field. */
    Outcome<SignedNumberView> add(Principal caisseAdministrator, SignedNumberForm form, String sourceAddress);

    /**
     * Registers the numbers of a file: every line is checked; when none is refused the new ones are stored (those
     * already registered are left as they are), otherwise nothing is stored. Either way, the report of each line.
     */
    Outcome<ImportReport> importNumbers(Principal caisseAdministrator, List<ImportLine> lines, String sourceAddress);

    /** The caisse's numbers by code, with whether each is in use today; keyset after {@code after}. */
    Outcome<List<SignedNumberView>> list(Principal caisseAdministrator, Optional<String> after, int limit);

    /** @param dateFin the last day of the signed convention, if it has one */
    record SignedNumberForm(
            @NotBlank(message = "Le numéro de convention est obligatoire.") String code,
            @NotBlank(message = "Le type de partenaire est obligatoire.") String typePartenaire,
            @NotBlank(message = "La raison sociale attendue est obligatoire.") String raisonSociale,
            @NotNull(message = "La date de début est obligatoire.") LocalDate dateDebut,
            LocalDate dateFin) {
    }

    /**
     * A line of a file as the adapter read it: its form, or the problems met reading it (a missing column, a date
     * that is no date), which refuse the line.
     *
     * @param number the line's number in the file, the header being line 1
     */
    record ImportLine(int number, Optional<SignedNumberForm> form, List<String> readingErrors) {

        public ImportLine {
            readingErrors = List.copyOf(readingErrors);
        }
    }

    enum LineStatus { AJOUTE, DEJA_PRESENT, REFUSE }

    /** @param stored whether the file was taken (no line refused); when false, nothing was stored */
    record ImportReport(boolean stored, String message, int added, int alreadyThere, int refused,
            List<LineReport> lines) {
    }

    /** @param reasons why the line is refused (empty otherwise) */
    record LineReport(int line, String code, LineStatus status, List<String> reasons) {
    }

    /** @param utilise held today by a pending registration or request, or by a convention in force */
    record SignedNumberView(String code, String codeTypePartenaire, String typePartenaire, String raisonSociale,
            LocalDate dateDebut, LocalDate dateFin, boolean utilise) {
    }
}
