package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.shared.WorkingConvention;

/**
 * What the billing use cases work on besides the {@link fr.portailpartenaires.application.shared.UseCaseSupport}:
 * built once where the feature is wired and given to each of its services, which call the ports they need.
 *
 * @param invoices          the invoice lines and the global invoices gathering them
 * @param payments          the caisse's payments of those invoices
 * @param tariffs           the caisse's tariffs per convention, from a date
 * @param conventions       the conventions invoiced
 * @param workingConvention the convention a partner user works on
 * @param history           the exchange history a slip's download is recorded in
 * @param settings          the default tariff
 */
public record BillingPorts(Invoices invoices, Payments payments, Tariffs tariffs, Conventions conventions,
        WorkingConvention workingConvention, ExchangeHistory history, BillingSettings settings) {
}
