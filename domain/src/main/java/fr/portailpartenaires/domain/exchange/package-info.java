/**
 * The exchange history (historique des échanges, spec §5.3): one entry per exchange made through the
 * portal (transmission, upload, download), appended by the service that made it, never edited, kept
 * {@link fr.portailpartenaires.domain.exchange.ExchangeRetention six months}.
 */
package fr.portailpartenaires.domain.exchange;
