// Pépin — the document editor of quotes and orders (templates/sales/document-editor.html).
// The pickers propose customers and products as one types (the JSON API, read with the session);
// Enter never submits the form by accident: in a line it goes to the next line, or adds a product
// line after the last one; elsewhere it does nothing (Ctrl+Enter still saves, see pepin.js).
(function () {
  "use strict";

  var SOURCES = {
    customers: {
      url: "/api/v1/customers?size=12&q=",
      label: function (c) {
        return c.code + " — " + c.name + (c.city ? " (" + c.city + ")" : "");
      }
    },
    products: {
      url: "/api/v1/products?size=15&status=ACTIVE&q=",
      label: function (p) {
        return p.code + " — " + p.designation;
      }
    }
  };

  var timers = new WeakMap();
  var lastAsked = new WeakMap();

  function suggest(input) {
    var source = SOURCES[input.getAttribute("data-suggest")];
    var list = input.list;
    var text = input.value.trim();
    if (!source || !list || text.length < 2 || text.indexOf(" — ") >= 0 || lastAsked.get(input) === text) {
      return;
    }
    lastAsked.set(input, text);
    fetch(source.url + encodeURIComponent(text), {
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    })
      .then(function (response) {
        return response.ok ? response.json() : { content: [] };
      })
      .then(function (page) {
        while (list.firstChild) {
          list.removeChild(list.firstChild);
        }
        (page.content || []).forEach(function (item) {
          var option = document.createElement("option");
          option.value = source.label(item);
          list.appendChild(option);
        });
      })
      .catch(function () {
        // no proposals: the code can still be typed
      });
  }

  document.addEventListener("input", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("[data-suggest]")) {
      return;
    }
    clearTimeout(timers.get(input));
    timers.set(
      input,
      setTimeout(function () {
        suggest(input);
      }, 200)
    );
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key !== "Enter" || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    if (!target.closest || !target.closest("#doc-editor")) {
      return;
    }
    if (target.tagName !== "INPUT" || /submit|button|checkbox|radio/.test(target.type)) {
      return;
    }
    event.preventDefault();
    var line = target.closest(".doc-line");
    if (!line) {
      return;
    }
    var next = line.nextElementSibling;
    if (next && next.classList.contains("doc-line")) {
      var field = next.querySelector("input:not([type=hidden]), textarea, select");
      if (field) {
        field.focus();
      }
    } else {
      var add = document.getElementById("add-product");
      if (add) {
        add.click();
      }
    }
  });
})();
