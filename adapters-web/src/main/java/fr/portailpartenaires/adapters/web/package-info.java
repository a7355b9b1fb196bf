/**
 * Javalin HTTP adapter: {@link fr.portailpartenaires.adapters.web.PortalApp} builds the configured
 * server; handlers only translate HTTP to use-case commands and outcomes to JSON, with one error
 * body shape (RFC 9457 {@code application/problem+json}), or to server-rendered pages (ADR 0013, see {@code pages}).
 */
package fr.portailpartenaires.adapters.web;
