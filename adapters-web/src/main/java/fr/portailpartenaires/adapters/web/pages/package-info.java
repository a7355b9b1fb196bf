/**
 * What every server-rendered page shares (ADR 0013): the operator's site (profile, name, colours), the layout
 * model, versioned and gzipped assets, the forms' CSRF check, flash messages, and the error pages.
 */
package fr.portailpartenaires.adapters.web.pages;
