/** jOOQ store of contact messages. */
package fr.portailpartenaires.adapters.persistence.contact;
