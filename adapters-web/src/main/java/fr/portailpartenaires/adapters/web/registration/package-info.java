/** HTTP routes of pré-inscription (reference lists, captcha, registration) and of the caisse's review. */
package fr.portailpartenaires.adapters.web.registration;
