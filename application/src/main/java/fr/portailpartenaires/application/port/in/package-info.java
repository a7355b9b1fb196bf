/**
 * Driving ports: one interface per use case, each taking a command record and answering a typed
 * outcome. This is what an embedding service or the HTTP adapter calls.
 */
package fr.portailpartenaires.application.port.in;
