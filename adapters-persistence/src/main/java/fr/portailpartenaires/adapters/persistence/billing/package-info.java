/** jOOQ stores of invoices, payments and tariffs. */
package fr.portailpartenaires.adapters.persistence.billing;
