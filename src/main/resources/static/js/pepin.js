// Pépin — small behaviours shared by every page (no inline scripts: the CSP forbids them).
(function () {
  "use strict";
  // htmx requests carry the CSRF token.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Forms that need a confirmation say why in data-confirm.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
  document.addEventListener("keydown", function (event) {
    // Ctrl+Enter (Cmd+Enter) submits the form being edited.
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.form) {
      event.preventDefault();
      event.target.form.requestSubmit();
    }
    // "/" focuses the page's search box, unless typing in a field.
    if (event.key === "/" && !/INPUT|TEXTAREA|SELECT/.test(event.target.tagName)) {
      var search = document.querySelector('main input[type="search"]');
      if (search) {
        event.preventDefault();
        search.focus();
      }
    }
  });
  // The error summary of a rejected form takes the focus, for screen readers and keyboards.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("form-errors");
    if (summary) {
      summary.focus();
    }
  });
})();
