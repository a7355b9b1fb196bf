package fr.portailpartenaires.application.exchange;

import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.shared.ExchangeHistory.Cursor;
import fr.portailpartenaires.application.shared.ExchangeHistory.Query;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.OpaqueCursor;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Principal.Anonymous;
import fr.portailpartenaires.application.shared.Principal.CafAdministrator;
import fr.portailpartenaires.application.shared.Principal.CaisseAdministrator;
import fr.portailpartenaires.application.shared.Principal.PartnerUser;
import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.billing.InvoicingRule;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.exchange.ExchangeEntry;
import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The exchange-history search (spec §5.3), scoped to the caller: a partner user sees their partner's entries (an
 * ergothérapeute's convention showing only payment-slip entries), a caisse administrator their caisse's.
 */
public final class ExchangeHistoryService extends UseCaseBase<ExchangeHistory> implements SearchExchangeHistory {

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 100;
    static final int MAX_COMMENTAIRE = 100;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Refusal PAGE_INVALID = Refusal.of("page.invalide");

    private final Conventions conventions;

    public ExchangeHistoryService(UseCaseSupport support, ExchangeHistory history, Conventions conventions) {
        super(support, history);
        this.conventions = Objects.requireNonNull(conventions, "conventions");
    }

    @Override
    public Outcome<Page> search(Principal principal, Criteria criteria) {
        Criteria form = criteria == null ? Criteria.period(null, null) : criteria;
        return Guards.loggedIn(principal).flatMap(caller -> support.inTransaction(() -> {
            FormErrors errors = new FormErrors();
            Optional<LocalDate> du = mandatoryDate(errors, "du", form.du(), "La date de début");
            Optional<LocalDate> au = mandatoryDate(errors, "au", form.au(), "La date de fin");
            if (du.isPresent() && au.isPresent() && au.get().isBefore(du.get())) {
                errors.add("au", "La fin de la période ne peut pas précéder son début.");
            }
            Optional<Optional<RegimeCode>> regime = errors.parseOptional("regime", form.regime(), RegimeCode::parse);
            Optional<Optional<CaisseCode>> caisse = errors.parseOptional("caisse", form.caisse(), CaisseCode::parse);
            Optional<Optional<UUID>> convention = errors.parseOptional("convention", form.convention(),
                    ExchangeHistoryService::uuid);
            Optional<Optional<ExchangeInterface>> exchangeInterface = errors.parseOptional("interfaceApplicative",
                    form.interfaceApplicative(), ExchangeHistoryService::exchangeInterface);
            Optional<String> commentaire = Optional.ofNullable(form.commentaire()).map(String::strip)
                    .filter(text -> !text.isEmpty());
            if (commentaire.filter(text -> text.length() > MAX_COMMENTAIRE).isPresent()) {
                errors.add("commentaire", "Le commentaire recherché comporte au plus " + MAX_COMMENTAIRE + " caractères.");
            }
            boolean ascending = "asc".equalsIgnoreCase(form.tri());
            if (form.tri() != null && !form.tri().isBlank() && !ascending && !"desc".equalsIgnoreCase(form.tri())) {
                errors.add("tri", "Le tri vaut asc ou desc.");
            }
            Optional<Optional<Cursor>> after = errors.parseOptional("apres", form.apres(), ExchangeHistoryService::cursor);
            int limit = form.limite() == null ? DEFAULT_PAGE : form.limite();
            if (limit < 1 || limit > MAX_PAGE) {
                errors.add("limite", "La taille de page est comprise entre 1 et " + MAX_PAGE + ".");
            }
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            Query query = Query.between(du.get().atStartOfDay(InvoicingRule.ZONE).toInstant(),
                    au.get().plusDays(1).atStartOfDay(InvoicingRule.ZONE).toInstant())
                    .sorted(ascending)
                    .page(after.get(), limit + 1);
            query = regime.get().map(query::withRegime).orElse(query);
            query = caisse.get().map(query::withCaisse).orElse(query);
            query = convention.get().map(query::withConvention).orElse(query);
            query = exchangeInterface.get().map(query::withInterface).orElse(query);
            query = commentaire.map(query::withCommentaire).orElse(query);
            Optional<Query> scoped = scoped(caller, query);
            if (scoped.isEmpty()) {
                return Outcome.done(new Page(List.of(), Optional.empty()));
            }
            List<ExchangeEntry> found = ports.search(scoped.get());
            boolean more = found.size() > limit;
            List<ExchangeEntry> page = more ? found.subList(0, limit) : found;
            return Outcome.done(new Page(page.stream().map(ExchangeHistoryService::entry).toList(),
                    more ? Optional.of(token(page.getLast())) : Optional.empty()));
        }));
    }

    /** The query within the caller's scope; empty when the criteria name something outside it. */
    private Optional<Query> scoped(Principal caller, Query query) {
        return switch (caller) {
            case CaisseAdministrator administrator -> ofCaisse(administrator.caisseCode(), query);
            case CafAdministrator administrator -> ofCaisse(administrator.caf(), query);
            case PartnerUser user -> ofPartner(user.partnerId(), query);
            case Anonymous ignored -> throw new IllegalStateException("An anonymous caller is refused first");
        };
    }

    private static Optional<Query> ofCaisse(CaisseCode own, Query query) {
        return query.caisse().filter(asked -> !asked.equals(own)).isPresent()
                ? Optional.empty()
                : Optional.of(query.withCaisse(own));
    }

    private Optional<Query> ofPartner(PartnerId partner, Query query) {
        List<Convention> ofPartner = conventions.of(partner).all();
        if (query.convention().filter(asked -> ofPartner.stream()
                .noneMatch(held -> held.id().value().equals(asked))).isPresent()) {
            return Optional.empty();
        }
        Set<UUID> ergotherapeutes = ofPartner.stream()
                .filter(held -> held.partnerType() == PartnerType.PRESTATAIRE_ERGOTHERAPEUTE)
                .map(held -> held.id().value())
                .collect(Collectors.toSet());
        return Optional.of(query.withPartner(partner.value()).withBordereauxOnlyFor(ergotherapeutes));
    }

    private static Entry entry(ExchangeEntry entry) {
        return new Entry(entry.id(), entry.occurredAt(), entry.periodFrom(), entry.periodTo(), entry.regime().value(),
                entry.caisse().value(), entry.application(), entry.exchangeInterface().name(),
                entry.exchangeInterface().label(), entry.commentaire(), entry.conventionId());
    }

    /**
     * A date of the période, typed {@code AAAA-MM-JJ} (the JSON API) or {@code JJ/MM/AAAA} (the page's form); anything
     * else is answered in the form's words, naming the date ({@code what}).
     */
    private static Optional<LocalDate> mandatoryDate(FormErrors errors, String field, String raw, String what) {
        if (raw == null || raw.isBlank()) {
            errors.add(field, what + " de la période est obligatoire.");
            return Optional.empty();
        }
        return errors.parse(field, raw, typed -> ISO_DATE.matcher(typed.strip()).matches()
                ? TypedDates.aaaaMmJj(typed)
                : TypedDates.jjMmAaaa(typed, "periode." + field, what));
    }

    private static Result<UUID> uuid(String raw) {
        try {
            return Result.ok(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            return Result.refused("convention.inconnue");
        }
    }

    private static Result<ExchangeInterface> exchangeInterface(String raw) {
        try {
            return Result.ok(ExchangeInterface.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Result.refused("interface.inconnue");
        }
    }

    /** The next page's token: the last entry's date and id, opaque to the client. */
    static String token(ExchangeEntry last) {
        return OpaqueCursor.encode(last.occurredAt().toString(), last.id().toString());
    }

    private static Result<Cursor> cursor(String token) {
        try {
            return OpaqueCursor.decode(token, 2)
                    .<Result<Cursor>>map(fields -> Result.ok(new Cursor(Instant.parse(fields.get(0)),
                            UUID.fromString(fields.get(1)))))
                    .orElseGet(() -> Result.refused(PAGE_INVALID));
        } catch (RuntimeException e) {
            return Result.refused(PAGE_INVALID);
        }
    }
}
