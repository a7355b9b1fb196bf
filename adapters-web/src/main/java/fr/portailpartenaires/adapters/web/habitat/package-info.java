/** HTTP routes and PDFs of the Habitat service. */
package fr.portailpartenaires.adapters.web.habitat;
