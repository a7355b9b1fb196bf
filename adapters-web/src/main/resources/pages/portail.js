// The pages' one script (a module, no inline code: CSP script-src 'self'). It only adds comfort: every page works
// without it. GOV.UK Frontend's components start here; the marker lets the tests tell a run with JavaScript from one
// without.
import { initAll } from "./govuk-frontend.js";

document.body.classList.add("govuk-frontend-supported");
initAll();

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
