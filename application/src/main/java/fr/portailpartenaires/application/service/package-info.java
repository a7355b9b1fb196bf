/**
 * The services implementing the use cases of {@code port.in}: authorization, validation, then the
 * domain, in one transaction per use case.
 */
package fr.portailpartenaires.application.service;
