/** Conventions (spec §3.3): the partner's requests, the caisse's decisions, and the convention selected in a session. */
package fr.portailpartenaires.application.convention;
