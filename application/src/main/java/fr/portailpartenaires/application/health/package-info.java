/** Health of the portal: the probes behind /health. */
package fr.portailpartenaires.application.health;
