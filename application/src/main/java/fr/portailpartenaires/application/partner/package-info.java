/** The partner's own administration (spec §3.1, §3.2): its data, address and users, and the read model of "my partner". */
package fr.portailpartenaires.application.partner;
