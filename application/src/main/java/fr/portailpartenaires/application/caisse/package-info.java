/**
 * The caisse's back-office (spec §3.4, §3.5): its administrators, starting with the first one the operator creates
 * on an empty database.
 */
package fr.portailpartenaires.application.caisse;
