package fr.portailpartenaires.adapters.persistence.billing;

import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.application.shared.Accounts;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CLOCK;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION_TARIFF_PERIOD;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.GLOBAL_INVOICE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.INVOICE_LINE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PAYMENT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PAYMENT_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventions;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.billing.Invoices;
import fr.portailpartenaires.application.billing.Payments;
import fr.portailpartenaires.application.billing.Tariffs;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.billing.GlobalInvoice;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** {@link BillingContract} in the database: a failed invoice rolls back with its use case; the schema's keys. */
abstract class JooqBillingContract extends BillingContract {

    protected abstract Database database();

    /** Empties the billing tables (they refer to conventions, which {@link Fixtures#clear} deletes), then the rest. */
    @Override
    protected void clear() {
        var dsl = database().dsl();
        dsl.deleteFrom(PAYMENT_LINE).execute();
        dsl.deleteFrom(PAYMENT).execute();
        dsl.deleteFrom(INVOICE_LINE).execute();
        dsl.deleteFrom(GLOBAL_INVOICE).execute();
        dsl.deleteFrom(CONVENTION_TARIFF_PERIOD).execute();
        Fixtures.clear(database());
    }

    @Override
    protected Invoices invoices() {
        return new JooqInvoices(database());
    }

    @Override
    protected Payments payments() {
        return new JooqPayments(database());
    }

    @Override
    protected Tariffs tariffs() {
        return new JooqTariffs(database());
    }

    @Override
    protected Partners partners() {
        return new JooqPartners(database(), CLOCK);
    }

    @Override
    protected Accounts accounts() {
        return new JooqAccounts(database(), Fixtures.CLOCK);
    }

    @Override
    protected Conventions conventions() {
        return new JooqConventions(database());
    }

    @Test
    void a_line_already_invoiced_is_never_attached_to_a_second_invoice() {
        InvoiceLine first = invoices.open(line(convention, "AV-1", NOW));
        invoices.add(invoice(convention, 1, List.of(first)));
        assertThatThrownBy(() -> database().inTransaction(() -> {
            invoices.add(invoice(convention, 2, List.of(first)));
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(invoices.invoiceCount(convention)).as("the failed invoice rolled back").isEqualTo(1);
    }

    @Test
    void the_schema_refuses_a_line_in_an_invoice_of_another_convention_and_a_number_twice() {
        InvoiceLine first = invoices.open(line(convention, "AV-1", NOW));
        GlobalInvoice other = invoice(otherConvention, 1, List.of(invoices.open(line(otherConvention, "AV-9", NOW))));
        invoices.add(other);
        assertThatThrownBy(() -> database().dsl().update(INVOICE_LINE)
                .set(INVOICE_LINE.INVOICE_ID, other.id()).set(INVOICE_LINE.INVOICE_POSITION, 2)
                .where(INVOICE_LINE.ID.eq(first.id())).execute()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> invoices.add(invoice(otherConvention, 1,
                List.of(invoices.open(line(otherConvention, "AV-10", NOW))))))
                .isInstanceOf(DataAccessException.class);
    }
}
