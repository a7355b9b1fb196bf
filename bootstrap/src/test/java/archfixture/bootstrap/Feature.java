package archfixture.bootstrap;

import archfixture.adapters.web.Controller;

/** A feature of the fixture's portal that names a class of the web adapter. */
class Feature {

    Object routes() {
        return new Controller();
    }
}
