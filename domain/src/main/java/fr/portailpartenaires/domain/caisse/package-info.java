/** A caisse's own staff: its administrators, and the rules by which they manage each other (spec §3.4). */
package fr.portailpartenaires.domain.caisse;
