/**
 * Driven ports: what the use cases need from the world (storage, mail, clock, hashing),
 * named in domain words. Adapters implement them; tests use in-memory implementations.
 */
package fr.portailpartenaires.application.port.out;
