/**
 * Pré-inscription over HTTP: JSON routes (reference lists, captcha, registration, the caisse's review) and the pages of
 * the path CGU → convention gate → form → success.
 */
package fr.portailpartenaires.adapters.web.registration;
