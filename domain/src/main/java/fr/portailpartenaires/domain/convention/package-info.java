/**
 * Conventions signed between a partner and a caisse, their lifecycle (request, validation or
 * invalidation by the caisse, modification and closure by the caisse), the set of conventions of
 * one partner, and the self-registration (pré-inscription) that creates a partner's first convention.
 */
package fr.portailpartenaires.domain.convention;
