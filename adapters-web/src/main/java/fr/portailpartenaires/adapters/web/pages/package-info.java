/**
 * What every server-rendered page shares (ADR 0013): the operator's site (profile, name, colours), the layout
 * model, versioned and gzipped assets, the forms' CSRF check, flash messages, the error pages, the service pages a
 * visitor's menus open and the convention selector every service page shows under its title.
 */
package fr.portailpartenaires.adapters.web.pages;
