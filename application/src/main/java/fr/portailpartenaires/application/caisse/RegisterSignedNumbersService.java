package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.SignedConventionNumber;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caisse's register of its signed convention numbers (spec §3.4): a caisse administrator only, one transaction
 * per call committed only when done, each number checked by the domain ({@link SignedConventionNumber}), audited.
 */
public final class RegisterSignedNumbersService extends UseCaseBase<CaissePorts> implements RegisterSignedNumbers {

    static final String NUMBER_ADDED = "CONVENTION_NUMBER_ADDED";
    static final String NUMBERS_IMPORTED = "CONVENTION_NUMBERS_IMPORTED";
    static final int MAX_PAGE = 200;
    /** A file larger than this is refused whole: the caisse splits it. */
    static final int MAX_LINES = 5_000;

    static final Refusal CAISSE_ONLY = Refusal.of("numero_convention.reserve_caisse");
    static final String ALREADY_REGISTERED = "Ce numéro de convention est déjà enregistré pour votre caisse.";
    static final String EMPTY_FILE = "Le fichier ne contient aucun numéro de convention.";

    public RegisterSignedNumbersService(UseCaseSupport support, CaissePorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<SignedNumberView> add(Principal principal, SignedNumberForm form, String sourceAddress) {
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse ->
                support.validate(form).flatMap(errors -> support.commitIfDone(() -> {
                    Optional<SignedConventionNumber> number = parse(caisse, form, errors);
                    if (number.isPresent()
                            && ports.referenceData().signedNumber(caisse, number.get().code()).isPresent()) {
                        errors.add("code", ALREADY_REGISTERED);
                    }
                    if (!errors.isEmpty() || number.isEmpty()) {
                        return errors.toOutcome();
                    }
                    Instant now = support.now();
                    ports.referenceData().addSignedNumber(number.get());
                    support.audit(AuditEvent.of(now, principal.user().value().toString(), NUMBER_ADDED)
                            .withScope(caisse.value())
                            .withTarget("convention-number:" + number.get().code().value())
                            .withSourceAddress(sourceAddress));
                    return Outcome.done(view(number.get(), BusinessTime.dateOf(now)));
                })));
    }

    @Override
    public Outcome<ImportReport> importNumbers(Principal principal, List<ImportLine> lines, String sourceAddress) {
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse -> support.commitIfDone(() -> {
            if (lines.isEmpty() || lines.size() > MAX_LINES) {
                String why = lines.isEmpty() ? EMPTY_FILE
                        : "Le fichier dépasse " + MAX_LINES + " lignes : découpez-le en plusieurs fichiers.";
                return Outcome.done(new ImportReport(false, why, 0, 0, 0, List.of()));
            }
            List<LineReport> reports = new ArrayList<>();
            List<SignedConventionNumber> toAdd = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (ImportLine line : lines) {
                reports.add(check(caisse, line, seen, toAdd));
            }
            int refused = (int) reports.stream().filter(report -> report.status() == LineStatus.REFUSE).count();
            int already = (int) reports.stream().filter(report -> report.status() == LineStatus.DEJA_PRESENT).count();
            if (refused > 0) {
                return Outcome.done(new ImportReport(false, "Fichier refusé : aucun numéro n'a été enregistré ("
                        + refused + " ligne(s) en erreur). Corrigez-les puis importez à nouveau le fichier entier.",
                        0, already, refused, reports));
            }
            toAdd.forEach(ports.referenceData()::addSignedNumber);
            support.audit(AuditEvent.of(support.now(), principal.user().value().toString(), NUMBERS_IMPORTED)
                    .withScope(caisse.value())
                    .withSourceAddress(sourceAddress)
                    .withDetail("added", String.valueOf(toAdd.size()))
                    .withDetail("alreadyThere", String.valueOf(already)));
            return Outcome.done(new ImportReport(true, toAdd.size() + " numéro(s) ajouté(s), " + already
                    + " déjà enregistré(s).", toAdd.size(), already, 0, reports));
        }));
    }

    private LineReport check(CaisseCode caisse, ImportLine line, Map<String, Integer> seen,
            List<SignedConventionNumber> toAdd) {
        String rawCode = line.form().map(SignedNumberForm::code).orElse("");
        if (!line.readingErrors().isEmpty() || line.form().isEmpty()) {
            return new LineReport(line.number(), rawCode, LineStatus.REFUSE, line.readingErrors());
        }
        FormErrors errors = FormErrors.of(support.validator().validate(line.form().get()));
        Optional<SignedConventionNumber> number = parse(caisse, line.form().get(), errors);
        if (!errors.isEmpty() || number.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            ((Outcome.Invalid<?>) errors.<Void>toOutcome()).errors().values().forEach(reasons::addAll);
            return new LineReport(line.number(), rawCode, LineStatus.REFUSE, reasons);
        }
        String code = number.get().code().value();
        Integer first = seen.putIfAbsent(code, line.number());
        if (first != null) {
            return new LineReport(line.number(), code, LineStatus.REFUSE,
                    List.of("Ce numéro figure déjà à la ligne " + first + " du fichier."));
        }
        if (ports.referenceData().signedNumber(caisse, number.get().code()).isPresent()) {
            return new LineReport(line.number(), code, LineStatus.DEJA_PRESENT, List.of());
        }
        toAdd.add(number.get());
        return new LineReport(line.number(), code, LineStatus.AJOUTE, List.of());
    }

    @Override
    public Outcome<List<SignedNumberView>> list(Principal principal, Optional<String> after, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse -> support.inTransaction(() -> {
            LocalDate today = BusinessTime.dateOf(support.now());
            Optional<ConventionCode> from = after.flatMap(raw ->
                    ConventionCode.parse(raw) instanceof Result.Ok<ConventionCode> ok ? Optional.of(ok.value())
                            : Optional.empty());
            return Outcome.done(ports.referenceData().signedNumbers(caisse, from, size).stream()
                    .map(number -> view(number, today))
                    .toList());
        }));
    }

    /** The number of the form, or empty with its errors added (fields in error are not parsed again). */
    private static Optional<SignedConventionNumber> parse(CaisseCode caisse, SignedNumberForm form, FormErrors errors) {
        Optional<ConventionCode> code = errors.parse("code", form.code(), ConventionCode::parse);
        Optional<PartnerType> type = errors.parse("typePartenaire", form.typePartenaire(), PartnerType::fromCode);
        Optional<PartnerName> name = errors.parse("raisonSociale", form.raisonSociale(), PartnerName::parse);
        if (code.isEmpty() || type.isEmpty() || name.isEmpty() || form.dateDebut() == null) {
            return Optional.empty();
        }
        return switch (SignedConventionNumber.of(caisse, code.get(), type.get(), name.get(), form.dateDebut(),
                Optional.ofNullable(form.dateFin()))) {
            case Result.Ok<SignedConventionNumber> ok -> Optional.of(ok.value());
            case Result.Refused<SignedConventionNumber> refused -> {
                errors.add("dateFin", refused.refusal());
                yield Optional.empty();
            }
        };
    }

    private SignedNumberView view(SignedConventionNumber number, LocalDate today) {
        return new SignedNumberView(number.code().value(), number.partnerType().map(PartnerType::code).orElse(null),
                number.partnerType().map(PartnerType::label).orElse(null),
                number.expectedName().map(PartnerName::value).orElse(null), number.validFrom().orElse(null),
                number.validUntil().orElse(null), ports.numberUse().inUse(number.caisse(), number.code(), today));
    }
}
