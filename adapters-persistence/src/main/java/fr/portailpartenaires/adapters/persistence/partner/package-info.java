/** jOOQ stores of partners and of the "my partner" read model. */
package fr.portailpartenaires.adapters.persistence.partner;
