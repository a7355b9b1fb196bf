/** HTTP routes of /health and /metrics. */
package fr.portailpartenaires.adapters.web.health;
