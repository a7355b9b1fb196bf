/** « Nous contacter » (spec §2.4): messages to the assistance. */
package fr.portailpartenaires.application.contact;
