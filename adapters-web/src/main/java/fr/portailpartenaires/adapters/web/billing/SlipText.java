package fr.portailpartenaires.adapters.web.billing;

import fr.portailpartenaires.domain.shared.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the slips write amounts and dates. */
final class SlipText {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SlipText() {
    }

    /** {@code 1234,56}: French decimal comma, no grouping (what Excel reads as a number in a French locale). */
    static String frenchDecimal(Money amount) {
        return amount.cents() / 100 + "," + String.format(Locale.ROOT, "%02d", amount.cents() % 100);
    }

    /** {@code 1234.56}: the XML decimal. */
    static String xmlDecimal(Money amount) {
        return amount.cents() / 100 + "." + String.format(Locale.ROOT, "%02d", amount.cents() % 100);
    }

    static String frenchDate(LocalDate date) {
        return FRENCH_DATE.format(date);
    }
}
