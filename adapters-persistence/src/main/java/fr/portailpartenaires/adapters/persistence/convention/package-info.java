/** jOOQ store of conventions. */
package fr.portailpartenaires.adapters.persistence.convention;
