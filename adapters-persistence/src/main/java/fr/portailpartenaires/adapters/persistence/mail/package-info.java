/** jOOQ mail outbox and its depth gauge. */
package fr.portailpartenaires.adapters.persistence.mail;
