/** The caisse's back-office over HTTP (spec §3.4): its signed convention numbers. */
package fr.portailpartenaires.adapters.web.caisse;
