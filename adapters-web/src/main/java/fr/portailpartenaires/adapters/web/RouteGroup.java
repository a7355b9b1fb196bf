package fr.portailpartenaires.adapters.web;

import io.javalin.router.JavalinDefaultRoutingApi;

/** The routes of one feature, added to the server by {@link PortalApp#create}. */
@FunctionalInterface
public interface RouteGroup {

    void register(JavalinDefaultRoutingApi routes);
}
