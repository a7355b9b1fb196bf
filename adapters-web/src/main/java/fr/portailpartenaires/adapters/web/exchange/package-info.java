/** HTTP route of the exchange history. */
package fr.portailpartenaires.adapters.web.exchange;
