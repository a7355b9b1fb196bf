/**
 * Hand wiring of every adapter and the service entry point.
 */
package fr.portailpartenaires.bootstrap;
