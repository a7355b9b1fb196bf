/** The demonstration portal's clock over HTTP (spec §3.5). */
package fr.portailpartenaires.adapters.web.demo;
