/**
 * The Habitat service for occupational therapists: an intervention order's file
 * ({@link fr.portailpartenaires.domain.habitat.InterventionFile}), its visit certificate (attestation
 * de visite) state machine, the derived relance and dossier clos, and the caisse's decision notification.
 */
package fr.portailpartenaires.domain.habitat;
