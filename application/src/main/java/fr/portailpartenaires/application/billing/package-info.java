/** Billing (spec §5.1, §5.2): invoice lines opened by transmissions, global invoices, payments and payment slips. */
package fr.portailpartenaires.application.billing;
