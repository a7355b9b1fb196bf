/**
 * Use cases of the portal: port.in (one interface per use case), port.out (what they need from the world) and the services.
 */
package fr.portailpartenaires.application;
