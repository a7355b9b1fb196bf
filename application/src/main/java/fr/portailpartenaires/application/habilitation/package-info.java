/** The CAF profile (spec §6): AFAS conventions, their users, groups and habilitations. */
package fr.portailpartenaires.application.habilitation;
