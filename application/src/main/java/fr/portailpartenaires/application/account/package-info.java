/** A user's account (spec §2.2–§2.4): login, sessions, throttling, temporary and forgotten passwords, usage rules, e-mail change. */
package fr.portailpartenaires.application.account;
