/** Test support shared by the feature tests: in-memory implementations of the ports, fixtures and fakes. */
package fr.portailpartenaires.application.testing;
