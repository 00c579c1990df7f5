// Livraisons: on the list to deliver, only orders of the customer first ticked can be ticked with
// it; on a draft delivery note, validating with unsaved changes asks to save them first.
(function () {
  "use strict";
  function refreshPicks() {
    var picks = document.querySelectorAll("input.order-pick");
    var customer = null;
    picks.forEach(function (p) {
      if (p.checked && customer === null) {
        customer = p.getAttribute("data-customer");
      }
    });
    picks.forEach(function (p) {
      p.disabled = customer !== null && !p.checked && p.getAttribute("data-customer") !== customer;
    });
  }
  document.addEventListener("change", function (event) {
    if (event.target.classList && event.target.classList.contains("order-pick")) {
      refreshPicks();
    }
  });
  var dirty = false;
  document.addEventListener("input", function (event) {
    if (event.target.form && event.target.form.id === "draft-form") {
      dirty = true;
    }
  });
  document.addEventListener(
    "submit",
    function (event) {
      if (event.target.id === "validate-form" && dirty) {
        window.alert(event.target.getAttribute("data-unsaved"));
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true
  );
  document.addEventListener("DOMContentLoaded", refreshPicks);
})();
