/** HTTP routes of the partner's administration. */
package fr.portailpartenaires.adapters.web.partner;
