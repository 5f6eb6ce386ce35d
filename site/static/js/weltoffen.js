/*
 * Weltoffen – kleine Helfer, ohne Framework. Wird mit "defer" geladen.
 * Ohne JavaScript bleibt alles benutzbar: die Hauptnavigation ist dann
 * einfach immer ausgeklappt.
 */
(function () {
  "use strict";

  // Ausklappbare Hauptnavigation auf schmalen Bildschirmen
  var nav = document.getElementById("wo-nav");
  if (!nav) {
    return;
  }
  var toggle = nav.querySelector(".wo-nav__toggle");
  var list = document.getElementById(toggle ? toggle.getAttribute("aria-controls") : "");
  if (!toggle || !list) {
    return;
  }

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("is-open", open);
  }

  nav.classList.add("wo-nav--collapsible");
  toggle.hidden = false;
  setOpen(false);

  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });

  // Escape schließt das Menü und gibt den Fokus an den Schalter zurück
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true" && toggle.offsetParent !== null) {
      setOpen(false);
      toggle.focus();
    }
  });
})();
