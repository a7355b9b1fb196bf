/** HTTP routes of conventions and of the session's selection. */
package fr.portailpartenaires.adapters.web.convention;
