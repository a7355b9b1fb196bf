/** Reference data for the forms: régimes, caisses, partner types. */
package fr.portailpartenaires.application.reference;
