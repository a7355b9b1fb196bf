/** HTTP routes of the account: session (login, logout, password change), forgotten password, usage rules, e-mail change. */
package fr.portailpartenaires.adapters.web.account;
