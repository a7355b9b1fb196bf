/**
 * jOOQ persistence adapter and the Flyway migrations.
 */
package fr.portailpartenaires.adapters.persistence;
