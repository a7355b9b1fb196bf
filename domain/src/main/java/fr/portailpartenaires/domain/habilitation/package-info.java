/**
 * The CAF profile's AFAS conventions (spec §6): their groups AFAS-HAB / AFAS-DEC, their users with generated
 * identifiers, and the role grants (habilitations) on activities and places, approver grants waiting for the CAF.
 */
package fr.portailpartenaires.domain.habilitation;
