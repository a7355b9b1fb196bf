/** jOOQ store of Habitat intervention orders (keyset lists). */
package fr.portailpartenaires.adapters.persistence.habitat;
