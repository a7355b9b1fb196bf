package fr.portailpartenaires.adapters.web;

/**
 * A JSON body of the API as the web adapter reads it: a record of the adapter, which Jackson binds (never a command of
 * the core, so the JSON names do not dictate the use cases' API), mapped to the use case's command. What only the edge
 * can refuse, a date that is not {@code AAAA-MM-JJ}, goes to the field's errors in {@link JsonFields}.
 *
 * @param <C> the command of the use case
 */
public interface JsonBody<C> {

    /** The command this body asks for; when a field is refused, its error is in {@code fields}. */
    C command(JsonFields fields);
}
