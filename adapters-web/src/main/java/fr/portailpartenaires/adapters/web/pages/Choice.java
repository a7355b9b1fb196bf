package fr.portailpartenaires.adapters.web.pages;

import java.util.List;

/**
 * The options of a select list, in groups ({@code <optgroup>}; a group without a label is plain options).
 *
 * @param label the group's label, or null for options outside any group
 */
public record Choice(String label, List<Option> options) {

    public record Option(String value, String label) {
    }

    public Choice {
        options = List.copyOf(options);
    }
}
