package fr.portailpartenaires.adapters.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query of a page's address, for the links that keep a list's state in it (filter, sort, page — ADR 0018): the
 * parameters in the order they are added, names and values URL-encoded in UTF-8, a blank value left out, a name
 * repeatable. {@code QueryString.EMPTY.and("filtre", "CLOS").and("curseur", "").after("/services/habitat/commandes")}
 * is {@code /services/habitat/commandes?filtre=CLOS}.
 *
 * @param pairs the {@code name=value} pairs, encoded
 */
public record QueryString(List<String> pairs) {

    public static final QueryString EMPTY = new QueryString(List.of());

    public QueryString {
        pairs = List.copyOf(pairs);
    }

    /** This query and the parameter, unless its value is null or blank. */
    public QueryString and(String name, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        List<String> longer = new ArrayList<>(pairs);
        longer.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return new QueryString(longer);
    }

    /** This query and the name once for each value, in their order. */
    public QueryString andEach(String name, List<String> values) {
        QueryString query = this;
        for (String value : values) {
            query = query.and(name, value);
        }
        return query;
    }

    /** This query and the parameters, in the map's order. */
    public QueryString and(Map<String, String> parameters) {
        QueryString query = this;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            query = query.and(parameter.getKey(), parameter.getValue());
        }
        return query;
    }

    /** The address of this path with this query; the path alone when the query is empty. */
    public String after(String path) {
        return pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
    }
}
