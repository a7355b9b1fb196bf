/**
 * Javalin HTTP adapter: {@link fr.portailpartenaires.adapters.web.PortalApp} builds the configured
 * server; handlers only translate HTTP to use-case commands and outcomes to JSON, with one error
 * body shape (RFC 9457 {@code application/problem+json}).
 */
package fr.portailpartenaires.adapters.web;
