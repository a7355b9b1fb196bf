package fr.portailpartenaires.adapters.web;

import java.util.Map;

/**
 * The French problems of the errors a request meets before any use case: an address, a header or a cookie the server
 * cannot read, a body or an address over the limits, a method the route does not take. Jetty's own answers
 * ({@link JettyErrorHandler}) and Javalin's ({@code HttpResponseException}) both say them.
 */
final class EdgeProblems {

    /** The largest request body the service reads (Javalin's {@code maxRequestSize}). */
    static final long MAX_BODY_BYTES = 1_000_000;

    private EdgeProblems() {
    }

    static Problem of(int status) {
        return switch (status) {
            case 400 -> problem(status, "Requête invalide", "La requête est mal formée (adresse, en-têtes ou cookies "
                    + "illisibles) : elle n'a pas pu être traitée.", "requete.mal_formee");
            case 404 -> Problem.notFound("La ressource demandée n'existe pas.");
            case 405 -> problem(status, "Méthode non autorisée",
                    "Cette adresse n'accepte pas cette méthode HTTP (voir la documentation de l'API, /openapi.json).",
                    "requete.methode_non_autorisee");
            case 408 -> problem(status, "Délai dépassé", "La requête n'est pas arrivée complète à temps : réessayez.",
                    "requete.delai_depasse");
            case 413 -> problem(status, "Requête trop volumineuse",
                    "Le corps de la requête dépasse la taille maximale acceptée (1 Mo).", "requete.trop_volumineuse");
            case 414 -> problem(status, "Adresse trop longue",
                    "L'adresse demandée est trop longue (8 Ko au plus) : elle n'a pas pu être traitée.",
                    "requete.adresse_trop_longue");
            case 415 -> problem(status, "Type de contenu non pris en charge",
                    "Le corps de la requête doit être envoyé en JSON (Content-Type: application/json).",
                    "requete.type_de_contenu");
            case 431 -> problem(status, "En-têtes trop volumineux", "Les en-têtes de la requête (cookies compris) "
                    + "sont trop volumineux : supprimez les cookies de ce site puis réessayez.",
                    "requete.en_tetes_trop_volumineux");
            case 503 -> problem(status, "Service indisponible",
                    "Le service est momentanément indisponible : réessayez dans quelques instants.",
                    "service.indisponible");
            default -> status >= 500
                    ? problem(status, "Erreur interne",
                            "Une erreur inattendue est survenue. Réessayez plus tard ou contactez l'assistance.", null)
                    : problem(status, Outcomes.title(status),
                            "La requête n'a pas pu être traitée (erreur " + status + ").", "requete.refusee");
        };
    }

    private static Problem problem(int status, String title, String detail, String code) {
        return new Problem("about:blank", title, status, detail, code, Map.of());
    }
}
