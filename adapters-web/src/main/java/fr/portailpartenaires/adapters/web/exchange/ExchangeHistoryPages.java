package fr.portailpartenaires.adapters.web.exchange;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.Choice;
import fr.portailpartenaires.adapters.web.pages.ConventionSelector;
import fr.portailpartenaires.adapters.web.pages.Form;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.adapters.web.pages.QueryString;
import fr.portailpartenaires.adapters.web.pages.ServicePage;
import fr.portailpartenaires.application.convention.ManageConventions;
import fr.portailpartenaires.application.convention.ManageConventions.ConventionView;
import fr.portailpartenaires.application.exchange.SearchExchangeHistory;
import fr.portailpartenaires.application.exchange.SearchExchangeHistory.Criteria;
import fr.portailpartenaires.application.exchange.SearchExchangeHistory.Entry;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.EtatConvention;
import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import fr.portailpartenaires.domain.shared.BusinessTime;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * « Historique des échanges » (spec §5.3, §10.2; manuel ergothérapeutes §5): the période (mandatory, two dates
 * {@code JJ/MM/AAAA}), the filters convention, interface applicative and commentaire, « Filtrer » and « Annuler
 * filtre » (the période kept, the filters and the sort dropped), the date sorted ↑ or ↓, and pages of
 * {@value #PAGE_SIZE} on the use case's keyset cursor. The form is a GET: a filtered, sorted page has its own
 * address, and the criteria are the query's, the JSON route's names ({@code du}, {@code au}, {@code convention},
 * {@code interface}, {@code commentaire}, {@code tri}, {@code apres}). Each earlier page's cursor travels in
 * {@code avant}, so « Précédente » needs nothing kept on the server.
 *
 * <p>The history covers every convention of the partner (its own « Convention » filter narrows it), so the page has
 * no convention selector. What is found, and for whom, is {@link SearchExchangeHistory}'s: another partner's
 * convention named in the query finds nothing.
 */
public record ExchangeHistoryPages(SearchExchangeHistory history, ManageConventions conventions, Pages pages)
        implements RouteGroup {

    static final String PATH = ServicePage.EXCHANGE_HISTORY.path();
    static final String TITLE = ServicePage.EXCHANGE_HISTORY.label();
    static final int PAGE_SIZE = 20;
    static final List<String> FIELDS = List.of("du", "au", "convention", "interface", "commentaire");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm")
            .withZone(BusinessTime.ZONE);
    /** The « Interface applicative » filter's choices, as the domain names them. */
    private static final List<Choice> INTERFACES = List.of(new Choice(null, Arrays.stream(ExchangeInterface.values())
            .map(exchange -> new Choice.Option(exchange.name(), exchange.label())).toList()));

    /** What the table shows of an exchange, in the seed's columns. */
    public record Row(String date, String periode, String regimeEtCaisse, String application, String interfaceApplicative,
            String commentaire) {
    }

    /**
     * A page of results and the addresses around it. The use case gives no total (a keyset page knows only whether
     * another follows): the rows are counted from the page's number, and the total is said on the last page, where it
     * is known.
     *
     * @param number    the page's number, from 1
     * @param first     the address of the first page
     * @param previous  « Précédente », absent on the first page
     * @param next      « Suivante », absent on the last page
     * @param ascending the date sorted oldest first
     */
    public record Results(List<Row> rows, int number, String first, Optional<String> previous, Optional<String> next,
            boolean ascending, String sortAscending, String sortDescending) {

        public boolean paged() {
            return previous.isPresent() || next.isPresent();
        }

        /** « 7 résultats »; when paged, « Résultats 21 à 40, page 2 », and on the last one « … sur 34, page 2 ». */
        public String caption() {
            if (!paged()) {
                return rows.size() + (rows.size() > 1 ? " résultats" : " résultat");
            }
            int from = (number - 1) * PAGE_SIZE + 1;
            int to = from + rows.size() - 1;
            return "Résultats " + from + " à " + to + (next.isPresent() ? "" : " sur " + to) + ", page " + number;
        }

        /** The numbered links of the pager: the first page, the previous, this one and the next, those that exist. */
        public List<PageLink> pages() {
            List<PageLink> links = new ArrayList<>();
            if (number > 2) {
                links.add(new PageLink(1, first, false));
            }
            previous.ifPresent(address -> links.add(new PageLink(number - 1, address, false)));
            links.add(new PageLink(number, "#resultats", true));
            next.ifPresent(address -> links.add(new PageLink(number + 1, address, false)));
            return links;
        }

        /** Pages left out between the first and the previous one (shown as « ⋯ »). */
        public boolean gap() {
            return number > 3;
        }
    }

    /** A numbered link of the pager; {@code current} on the page shown. */
    public record PageLink(int number, String href, boolean current) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::search);
    }

    private void search(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> {
            Map<String, String> values = new LinkedHashMap<>();
            FIELDS.forEach(field -> values.put(field, Optional.ofNullable(ctx.queryParam(field)).orElse("")));
            Form form = new Form(FIELDS, values, Map.of());
            if (ctx.queryParam("du") == null && ctx.queryParam("au") == null) {
                render(ctx, 200, held(principal), form, "", Optional.empty());
                return;
            }
            String sort = Optional.ofNullable(ctx.queryParam("tri")).orElse("");
            Optional<String> after = Optional.ofNullable(ctx.queryParam("apres")).filter(text -> !text.isBlank());
            List<String> before = after.isPresent() ? ctx.queryParams("avant") : List.of();
            Criteria criteria = new Criteria(form.value("du"), form.value("au"), null, null, form.value("convention"),
                    form.value("interface"), form.value("commentaire"), sort, after.orElse(null), PAGE_SIZE);
            switch (history.search(principal, criteria)) {
                case Outcome.Done<SearchExchangeHistory.Page> done -> {
                    Held held = held(principal);
                    render(ctx, 200, held, form, sort,
                            Optional.of(results(values, sort, before, after, done.value(), held.caisses())));
                }
                case Outcome.Invalid<SearchExchangeHistory.Page> invalid -> render(ctx, 422, held(principal),
                        form.withErrors(onThePage(invalid.errors())), sort, Optional.empty());
                case Outcome.Refused<SearchExchangeHistory.Page> refused -> pages.refused(ctx, refused);
            }
        });
    }

    private void render(Context ctx, int status, Held held, Form form, String sort, Optional<Results> results) {
        pages.render(ctx, status, "exchange/historique.jte", TITLE, Map.of("form", form,
                "conventions", held.conventions(), "interfaces", INTERFACES,
                "ascending", "asc".equalsIgnoreCase(sort), "reset", reset(form), "results", results));
    }

    /**
     * What the caller's partner holds, for the form and the table.
     *
     * @param conventions the « Convention » filter's choices: the conventions that may have exchanges (validated, even
     *                    closed since), when there are several; none for a caisse
     * @param caisses     the label of each of their caisses by code, for the « Régime et caisse » column
     */
    private record Held(List<Choice> conventions, Map<String, String> caisses) {
    }

    private Held held(Principal principal) {
        return switch (conventions.list(principal)) {
            case Outcome.Done<List<ConventionView>> done -> {
                List<ConventionView> worked = done.value().stream()
                        .filter(convention -> EtatConvention.VALIDEE.name().equals(convention.codeEtat())
                                || EtatConvention.CLOTUREE.name().equals(convention.codeEtat()))
                        .toList();
                List<Choice.Option> options = worked.stream().map(ConventionSelector::option).toList();
                Map<String, String> caisses = new LinkedHashMap<>();
                worked.forEach(convention -> caisses.put(convention.codeCaisse(), convention.caisse()));
                yield new Held(options.size() > 1 ? List.of(new Choice(null, options)) : List.of(), caisses);
            }
            case Outcome.Invalid<List<ConventionView>> invalid -> new Held(List.of(), Map.of());
            case Outcome.Refused<List<ConventionView>> refused -> new Held(List.of(), Map.of());
        };
    }

    /** The use case names the interface field as the JSON body would; the page's query says {@code interface}. */
    private static Map<String, List<String>> onThePage(Map<String, List<String>> errors) {
        Map<String, List<String>> renamed = new LinkedHashMap<>();
        errors.forEach((field, messages) -> renamed.put("interfaceApplicative".equals(field) ? "interface" : field,
                messages));
        return renamed;
    }

    private static Results results(Map<String, String> criteria, String sort, List<String> before,
            Optional<String> after, SearchExchangeHistory.Page found, Map<String, String> caisses) {
        boolean ascending = "asc".equalsIgnoreCase(sort);
        Map<String, String> sorted = new LinkedHashMap<>(criteria);
        sorted.put("tri", ascending ? "asc" : "desc");
        List<String> chain = new ArrayList<>(before);
        after.ifPresent(chain::add);
        Optional<String> previous = chain.isEmpty() ? Optional.empty()
                : Optional.of(address(sorted, chain.subList(0, chain.size() - 1)));
        Optional<String> next = found.suivant().map(token -> {
            List<String> longer = new ArrayList<>(chain);
            longer.add(token);
            return address(sorted, longer);
        });
        Map<String, String> up = new LinkedHashMap<>(criteria);
        up.put("tri", "asc");
        Map<String, String> down = new LinkedHashMap<>(criteria);
        down.put("tri", "desc");
        return new Results(found.entrees().stream().map(entry -> row(entry, caisses)).toList(), chain.size() + 1,
                address(sorted, List.of()), previous, next, ascending, address(up, List.of()), address(down, List.of()));
    }

    /**
     * The address of a page of results: the criteria, then the cursors of the pages after the first — the last one
     * as {@code apres} (where this page starts), the earlier ones as {@code avant} (for « Précédente »).
     */
    private static String address(Map<String, String> criteria, List<String> cursors) {
        QueryString query = QueryString.EMPTY.and(criteria);
        if (!cursors.isEmpty()) {
            query = query.andEach("avant", cursors.subList(0, cursors.size() - 1)).and("apres", cursors.getLast());
        }
        return query.after(PATH);
    }

    /** « Annuler filtre »: the same période, no filter, no sort (the use case's « Réinitialiser »). */
    private static String reset(Form form) {
        Map<String, String> period = new LinkedHashMap<>();
        period.put("du", form.value("du"));
        period.put("au", form.value("au"));
        return address(period, List.of());
    }

    /** An exchange as the table shows it; the caisse by its label when the partner holds a convention with it. */
    private static Row row(Entry entry, Map<String, String> caisses) {
        return new Row(DATE_AND_TIME.format(entry.dateEchange()), period(entry.periodeDu(), entry.periodeAu()),
                entry.regime() + " – " + caisses.getOrDefault(entry.caisse(), entry.caisse()), entry.application(),
                entry.libelleInterface(), entry.commentaire());
    }

    private static String period(LocalDate from, LocalDate to) {
        return from.equals(to) ? DATE.format(from) : "du " + DATE.format(from) + " au " + DATE.format(to);
    }
}
