/**
 * The pure-Java domain of the partner portal: one sub-package per aggregate or concept
 * ({@code partner}, {@code user}, {@code convention}, {@code habitat}, {@code shared}…).
 * It depends on nothing but the JDK.
 */
package fr.portailpartenaires.domain;
