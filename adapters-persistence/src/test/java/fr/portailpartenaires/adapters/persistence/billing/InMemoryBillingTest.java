package fr.portailpartenaires.adapters.persistence.billing;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.billing.Invoices;
import fr.portailpartenaires.application.billing.Payments;
import fr.portailpartenaires.application.billing.Tariffs;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryConventions;
import fr.portailpartenaires.application.testing.InMemoryInvoices;
import fr.portailpartenaires.application.testing.InMemoryPartners;
import fr.portailpartenaires.application.testing.InMemoryPayments;
import fr.portailpartenaires.application.testing.InMemoryTariffs;

/** The fakes the use-case tests run on keep the same contract. */
class InMemoryBillingTest extends BillingContract {

    private InMemoryConventions conventions;
    private Invoices invoices;
    private Payments payments;
    private Tariffs tariffs;
    private InMemoryAccounts accounts;
    private Partners partners;

    @Override
    protected void clear() {
        conventions = new InMemoryConventions();
        invoices = new InMemoryInvoices(conventions);
        payments = new InMemoryPayments();
        tariffs = new InMemoryTariffs();
        accounts = new InMemoryAccounts();
        partners = new InMemoryPartners(accounts);
    }

    @Override
    protected Invoices invoices() {
        return invoices;
    }

    @Override
    protected Payments payments() {
        return payments;
    }

    @Override
    protected Tariffs tariffs() {
        return tariffs;
    }

    @Override
    protected Partners partners() {
        return partners;
    }

    @Override
    protected Accounts accounts() {
        return accounts;
    }

    @Override
    protected Conventions conventions() {
        return conventions;
    }
}
