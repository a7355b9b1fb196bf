/** The Habitat service (spec §4): the caisse's intervention orders, the ergothérapeute's files, visit certificates and documents. */
package fr.portailpartenaires.application.habitat;
