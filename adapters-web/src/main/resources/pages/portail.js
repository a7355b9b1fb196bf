// The pages' one script (a module, no inline code: CSP script-src 'self'). It only adds comfort: every page works
// without it. GOV.UK Frontend's components start here; the marker lets the tests tell a run with JavaScript from one
// without.
import { initAll } from "./govuk-frontend.js";

document.body.classList.add("govuk-frontend-supported");
initAll();

// A link carrying data-confirmation leads, without this script, to a confirmation page whose form does the action.
// With it, the question is asked in a dialog and, on OK, the same form is sent from here (POST to the link's address
// with the page's anti-forgery token).
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-confirmation]");
  const token = document.querySelector("input[name=csrf]");
  if (!link || !token) {
    return;
  }
  event.preventDefault();
  if (window.confirm(link.dataset.confirmation)) {
    const form = document.createElement("form");
    form.method = "post";
    form.action = link.href;
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = "csrf";
    field.value = token.value;
    form.append(field);
    document.body.append(form);
    form.submit();
  }
});

document.documentElement.setAttribute("data-portail-script", "actif");
