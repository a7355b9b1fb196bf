/**
 * Billing (spec §5.1–5.2): the invoice line of each transmitted visit certificate, the global invoice
 * (facture globale) that gathers a convention's open lines under the 50-lines / weekly rule, and the
 * caisse's payment whose slip (bordereau de paiement) the partner sees 48 hours after the payment date.
 */
package fr.portailpartenaires.domain.billing;
