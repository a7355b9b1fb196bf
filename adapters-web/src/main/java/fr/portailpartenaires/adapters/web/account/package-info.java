/**
 * The account over HTTP: JSON routes (session, forgotten password, usage rules, e-mail change) and their pages
 * (Connexion, Bienvenue, Déconnexion, password changes, Mot de passe oublié, Identifiant oublié, Modifier mon adresse mail).
 */
package fr.portailpartenaires.adapters.web.account;
