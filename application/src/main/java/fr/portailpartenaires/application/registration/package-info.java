/** Pré-inscription (spec §2.1): the registration form with its captcha, and the caisse's review of the requests. */
package fr.portailpartenaires.application.registration;
