/**
 * Who a portal user is, independently of the partner they belong to: their identifier, their
 * login and their validated last and first names.
 */
package fr.portailpartenaires.domain.user;
