// The pages' one script (a module, no inline code: CSP script-src 'self'). It only adds comfort: every page works
// without it. GOV.UK Frontend's components start here; the marker lets the tests tell a run with JavaScript from one
// without.
import { initAll } from "./govuk-frontend.js";

document.body.classList.add("govuk-frontend-supported");
initAll();
document.documentElement.setAttribute("data-portail-script", "actif");
