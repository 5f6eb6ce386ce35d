/*
 * Weltoffen – Vorschläge beim Tippen in der Suche. Wird mit "defer" geladen.
 * Ohne JavaScript bleibt die Suche ein gewöhnliches Formular.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-autocomplete]");
  var input = form ? form.querySelector("input[name=q]") : null;
  if (!form || !input || !window.fetch) {
    return;
  }
  var endpoint = form.getAttribute("data-autocomplete");
  var list = document.createElement("ul");
  list.id = "search-page-suggestions";
  list.className = "wo-search-suggestions";
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute("aria-controls", list.id);
  var timer = null;
  var latest = "";

  function clear() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    list.hidden = true;
  }

  function show(results) {
    clear();
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.className = "kern-link";
      link.href = result.url;
      link.textContent = result.title;
      item.appendChild(link);
      var kind = document.createElement("span");
      kind.className = "wo-teaser__meta";
      kind.textContent = " · " + result.type;
      item.appendChild(kind);
      list.appendChild(item);
    });
    list.hidden = results.length === 0;
  }

  input.addEventListener("input", function () {
    var query = input.value.trim();
    window.clearTimeout(timer);
    if (query.length < 3) {
      clear();
      return;
    }
    timer = window.setTimeout(function () {
      latest = query;
      window
        .fetch(endpoint + "?q=" + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
        })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (query === latest) {
            show(data.results || []);
          }
        })
        .catch(clear);
    }, 250);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      clear();
    }
  });
})();
