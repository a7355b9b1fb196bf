/** The contact form « Nous contacter »: its JSON route and its page. */
package fr.portailpartenaires.adapters.web.contact;
