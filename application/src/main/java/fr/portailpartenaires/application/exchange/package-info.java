/** The exchange history (spec §5.3): what was transmitted and downloaded, searched by période, purged after six months. */
package fr.portailpartenaires.application.exchange;
