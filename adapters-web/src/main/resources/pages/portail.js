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

// The convention selector (layout/conventionSelector.jte): a convention chosen with the mouse, or confirmed with
// Enter, is submitted at once. Arrow keys only move the choice (a keyboard user is not taken to another page while
// looking through the list, WCAG 3.2.2); the « Changer » button stays for them and without JavaScript.
for (const form of document.querySelectorAll("form[data-module='portail-convention']")) {
  const select = form.querySelector("select");
  let byKeyboard = false;
  select.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      form.requestSubmit();
    } else if (event.key !== "Tab") {
      byKeyboard = true;
    }
  });
  select.addEventListener("pointerdown", () => {
    byKeyboard = false;
  });
  select.addEventListener("change", () => {
    if (!byKeyboard) {
      form.requestSubmit();
    }
  });
}

document.documentElement.setAttribute("data-portail-script", "actif");
