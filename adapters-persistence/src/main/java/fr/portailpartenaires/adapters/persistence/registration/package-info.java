/** jOOQ stores of registration requests and captchas. */
package fr.portailpartenaires.adapters.persistence.registration;
