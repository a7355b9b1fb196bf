/** HTTP routes of the contact form « Nous contacter ». */
package fr.portailpartenaires.adapters.web.contact;
