/** The public pages of the site: Accueil and the pages of information (CGU, plan du site, mentions légales…). */
package fr.portailpartenaires.adapters.web.site;
