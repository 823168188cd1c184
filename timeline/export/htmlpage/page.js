(function () {
  "use strict";
  var root = document.documentElement;
  window.addEventListener("error", function () { root.setAttribute("data-error", "1"); });
  var input = document.getElementById("filter");
  var count = document.getElementById("count");
  var entries = Array.prototype.slice.call(document.querySelectorAll(".entry"));
  var months = Array.prototype.slice.call(document.querySelectorAll("section.month"));
  // Comparisons ignore case and accents: "elysee" finds "Élysée".
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var texts = entries.map(function (e) { return fold(e.textContent); });
  function apply() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    entries.forEach(function (e, i) {
      var keep = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      e.hidden = !keep;
      if (keep) { shown++; }
    });
    months.forEach(function (m) { m.hidden = !m.querySelector(".entry:not([hidden])"); });
    count.textContent = shown + " / " + entries.length + " entries";
    root.setAttribute("data-shown", String(shown));
  }
  input.addEventListener("input", apply);
  // An address ending in #q=WORDS opens the page filtered, so that a view can be shared.
  var query = /^#q=(.*)$/.exec(window.location.hash);
  if (query) {
    try { input.value = decodeURIComponent(query[1]); } catch (err) { input.value = query[1]; }
  }
  apply();
  root.setAttribute("data-ready", "1");
})();
