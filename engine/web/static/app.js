// Conveniences only: every page and action works without this script.
(function () {
  "use strict";
  // the first marked piece of evidence in view, inside the text box (the page itself stays put)
  var source = document.getElementById("source"), mark = document.querySelector("#source mark");
  if (source && mark) { source.scrollTop = Math.max(0, mark.offsetTop - source.offsetTop - 60); }
  // a sign-off asks once more, saying how many findings are still pending
  document.querySelectorAll("[data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      if (!window.confirm(button.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
  // typing in the points box means adjusting
  var points = document.getElementById("points"), adjust = document.getElementById("action-adjust");
  if (points && adjust) { points.addEventListener("input", function () { adjust.checked = true; }); }
  document.documentElement.setAttribute("data-js", "ready");
})();
