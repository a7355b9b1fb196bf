/** HTTP routes and PDF of the CAF profile's AFAS conventions. */
package fr.portailpartenaires.adapters.web.habilitation;
