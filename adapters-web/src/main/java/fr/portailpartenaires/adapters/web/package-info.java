/**
 * Javalin HTTP adapter.
 */
package fr.portailpartenaires.adapters.web;
