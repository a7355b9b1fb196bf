/** jOOQ store of AFAS conventions and their habilitations. */
package fr.portailpartenaires.adapters.persistence.habilitation;
