// Conveniences only: every page and action works without this script.
(function () {
  "use strict";
  // the first marked piece of evidence in view
  var mark = document.querySelector("pre.source mark");
  if (mark) { mark.scrollIntoView({block: "center"}); }
  // a sign-off asks once more, since it cannot be undone
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
