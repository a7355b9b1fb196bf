package fr.portailpartenaires.adapters.web;

/**
 * The JSON body of a caisse's invalidation, of a registration as of a convention request: the motif the partner is
 * told (the use case checks it).
 */
public record InvalidationJson(String motif) {
}
