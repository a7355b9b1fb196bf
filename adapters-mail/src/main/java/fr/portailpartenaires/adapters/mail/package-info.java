/**
 * Simple Java Mail adapter and French templates.
 */
package fr.portailpartenaires.adapters.mail;
