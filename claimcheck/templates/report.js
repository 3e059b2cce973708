/* claimcheck report: jump to claims in their article columns, and filter conflicts.
   Reads data only from the JSON block and data-* attributes; never writes HTML. */
(function () {
  "use strict";
  var dataEl = document.getElementById("cc-data");
  var data = dataEl ? JSON.parse(dataEl.textContent) : { conflicts: [], articles: [] };
  var marked = [];

  function unmark() {
    marked.forEach(function (el) {
      el.classList.remove("current");
      el.removeAttribute("aria-current");
    });
    marked = [];
  }

  function mark(el) {
    el.classList.add("current");
    el.setAttribute("aria-current", "true");
    marked.push(el);
  }

  /* Scroll one article column (and the row of columns, sideways) so the span sits in view. */
  function reveal(span) {
    var box = span.closest(".article-text");
    if (!box) return;
    var column = box.closest(".column");
    var row = column && column.parentElement;
    if (row && row.scrollWidth > row.clientWidth) {
      var c = column.getBoundingClientRect(), r = row.getBoundingClientRect();
      if (c.left < r.left || c.right > r.right) row.scrollLeft += c.left - r.left;
    }
    var s = span.getBoundingClientRect(), b = box.getBoundingClientRect();
    box.scrollTop += (s.top - b.top) - (box.clientHeight - s.height) / 3;
  }

  function show(button) {
    var ids = (button.getAttribute("data-targets") || "").split(/\s+/).filter(Boolean);
    unmark();
    var spans = ids.map(function (id) { return document.getElementById(id); })
      .filter(function (el) { return el && !el.closest("[hidden]"); });
    if (!spans.length) return;
    var row = spans[0].closest(".columns");
    if (row && row.scrollIntoView) row.scrollIntoView({ block: "nearest" });
    spans.forEach(function (span) { reveal(span); mark(span); });
    mark(button);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-targets]");
    if (button) show(button);
  });

  /* Filters: a conflict shows when its severity, its type and all its languages are ticked. */
  var filters = document.getElementById("cc-filters");
  if (!filters) return;
  filters.hidden = false;
  var statusEl = document.getElementById("cc-filter-status");

  function ticked(name) {
    var set = {};
    filters.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
      if (input.checked) set[input.value] = true;
    });
    return set;
  }

  function apply() {
    var severity = ticked("severity"), type = ticked("type"), lang = ticked("lang");
    var shown = 0;
    data.conflicts.forEach(function (c) {
      var el = document.getElementById(c.id);
      if (!el) return;
      var visible = severity[c.severity] === true && type[c.type] === true &&
        c.langs.every(function (l) { return lang[l] === true; });
      el.hidden = !visible;
      if (visible) shown += 1;
    });
    document.querySelectorAll(".conflicts .fact").forEach(function (fact) {
      fact.hidden = fact.querySelector(".conflict:not([hidden])") === null;
    });
    var columns = 0;
    data.articles.forEach(function (a) {
      var el = document.getElementById(a.id);
      if (!el) return;
      el.hidden = lang[a.lang] !== true;
      if (!el.hidden) columns += 1;
    });
    if (statusEl) {
      statusEl.textContent = "Showing " + shown + " of " + data.conflicts.length + " conflicts and " +
        columns + " of " + data.articles.length + " articles.";
    }
  }

  filters.addEventListener("change", apply);
  apply();
})();
