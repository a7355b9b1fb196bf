/** jOOQ store of the exchange history. */
package fr.portailpartenaires.adapters.persistence.exchange;
