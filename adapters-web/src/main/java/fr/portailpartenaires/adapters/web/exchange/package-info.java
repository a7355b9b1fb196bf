/** The exchange history over HTTP: its JSON route and its page « Historique des échanges ». */
package fr.portailpartenaires.adapters.web.exchange;
