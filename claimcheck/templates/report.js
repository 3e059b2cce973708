/* claimcheck report: review decisions kept in localStorage and exported as a baseline or CSV,
   jumps between conflicts and the aligned versions, and a choice of columns.
   Reads data only from the JSON block and data-* attributes; builds nodes with textContent only,
   never HTML from strings, so no article text, note or imported file can become markup. */
(function () {
  "use strict";
  var dataEl = document.getElementById("cc-data");
  var data = dataEl ? JSON.parse(dataEl.textContent) : { stories: [], columns: [] };
  var baseline = data.baseline || { header: { version: 1 }, conflicts: [], confirmed: [], name: "" };
  var CONFIRMED_KEY = baseline.confirmed_key || "confirmed_errors";
  var DECISIONS = { accepted: "✓ accepted", confirmed_error: "✖ confirmed error", undecided: "○ undecided" };
  var MAX_NOTE = 2000;
  var stories = data.stories || [];

  /* ------------------------------------------------------------------ storage */

  var memory = {};
  var storageWorks = true;

  function readStore(key) {
    var text = null;
    try { text = window.localStorage.getItem(key); } catch (e) { storageWorks = false; }
    if (text === null && memory[key]) text = memory[key];
    var state = null;
    try { state = text ? JSON.parse(text) : null; } catch (e) { state = null; }
    if (!state || typeof state !== "object" || !state.decisions || typeof state.decisions !== "object") {
      state = { decisions: {} };
    }
    return state;
  }

  function writeStore(key, state) {
    var text = JSON.stringify(state);
    memory[key] = text;
    try { window.localStorage.setItem(key, text); } catch (e) { storageWorks = false; }
  }

  function cleanNote(note) {
    return typeof note === "string" ? note.slice(0, MAX_NOTE) : "";
  }

  /* The decision in force: this browser's, else the baseline's the report was built with. */
  function effective(conflict, state) {
    var own = Object.prototype.hasOwnProperty.call(state.decisions, conflict.fp) ? state.decisions[conflict.fp] : null;
    if (own && typeof own === "object" && Object.prototype.hasOwnProperty.call(DECISIONS, own.decision)) {
      return { decision: own.decision, note: cleanNote(own.note), source: "page", own: own };
    }
    if (conflict.baseline) {
      return { decision: conflict.baseline.decision, note: cleanNote(conflict.baseline.note), source: "baseline", own: null };
    }
    return { decision: "undecided", note: "", source: "", own: null };
  }

  /* ------------------------------------------------------------------ the baseline file */

  var FLOAT_KEYS = { value: 1, low: 1, high: 1, denominator: 1, range: 1, likely_value: 1 };

  /* A float written the way Python's json module writes it (repr): 11000000000.0, 1e+16, 1e-05. */
  function pyFloat(x) {
    if (x !== x) return "NaN";
    if (x === Infinity) return "Infinity";
    if (x === -Infinity) return "-Infinity";
    if (x === 0) return (1 / x < 0 ? "-" : "") + "0.0";
    var m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(x.toExponential());
    var sign = m[1], digits = m[2] + (m[3] || ""), exp = parseInt(m[4], 10);
    if (exp < -4 || exp >= 16) {
      var e = Math.abs(exp);
      return sign + digits.charAt(0) + (digits.length > 1 ? "." + digits.slice(1) : "") +
        "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
    }
    var point = exp + 1;
    if (point <= 0) return sign + "0." + new Array(1 - point).join("0") + digits;
    if (point >= digits.length) return sign + digits + new Array(point - digits.length + 1).join("0") + ".0";
    return sign + digits.slice(0, point) + "." + digits.slice(point);
  }

  /* json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False): what baseline.dump_baseline writes. */
  function pyJson(value, depth, key) {
    if (value === null || value === undefined) return "null";
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "number") {
      return Number.isInteger(value) && !FLOAT_KEYS[key] && Math.abs(value) < 1e16 ? String(value) : pyFloat(value);
    }
    if (typeof value === "string") return JSON.stringify(value);
    var pad = "\n" + new Array(depth + 2).join("  "), end = "\n" + new Array(depth + 1).join("  ");
    if (Array.isArray(value)) {
      if (!value.length) return "[]";
      return "[" + pad + value.map(function (v) { return pyJson(v, depth + 1, key); }).join("," + pad) + end + "]";
    }
    var keys = Object.keys(value).sort();
    if (!keys.length) return "{}";
    return "{" + pad + keys.map(function (k) {
      return JSON.stringify(k) + ": " + pyJson(value[k], depth + 1, k);
    }).join("," + pad) + end + "}";
  }

  function entryOrder(a, b) {
    var sa = String(a.story === undefined ? "" : a.story), sb = String(b.story === undefined ? "" : b.story);
    if (sa !== sb) return sa < sb ? -1 : 1;
    var fa = String(a.fingerprint || ""), fb = String(b.fingerprint || "");
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  }

  function copy(obj) { return JSON.parse(JSON.stringify(obj)); }

  /* The baseline it was built with, each reviewed conflict replaced by its decision: accepted ones in
     "conflicts" (what pytest --claimcheck accepts), confirmed errors apart, where the plugin never looks. */
  var STORE_PREFIX = "claimcheck-review/v1/";

  /* Decisions this browser holds for stories this page does not show (made on other story pages):
     each carries its baseline entry, so a download from any page keeps them. */
  function otherDecisions(which) {
    var shown = {}, out = [];
    which.forEach(function (story) { shown[story.key] = true; });
    var keys = [];
    try {
      for (var i = 0; i < window.localStorage.length; i += 1) keys.push(window.localStorage.key(i));
    } catch (e) { keys = Object.keys(memory); }
    keys.forEach(function (key) {
      if (typeof key !== "string" || key.indexOf(STORE_PREFIX) !== 0 || shown[key]) return;
      var state = readStore(key);
      Object.keys(state.decisions).forEach(function (fp) {
        var d = state.decisions[fp];
        if (d && typeof d === "object" && Object.prototype.hasOwnProperty.call(DECISIONS, d.decision) &&
            d.entry && typeof d.entry === "object" && d.entry.fingerprint === fp) {
          out.push({ fp: fp, decision: d.decision, note: cleanNote(d.note), entry: d.entry });
        }
      });
    });
    return out;
  }

  function baselineText(which) {
    var claimedAccepted = {}, claimedConfirmed = {};
    which.forEach(function (story) {
      story.conflicts.forEach(function (c) {
        if (!c.baseline) return;
        (c.baseline.decision === "accepted" ? claimedAccepted : claimedConfirmed)[c.baseline.entry] = true;
      });
    });
    var others = otherDecisions(which), decidedElsewhere = {};
    others.forEach(function (d) { decidedElsewhere[d.fp] = true; });
    var accepted = [], confirmed = [];
    (baseline.conflicts || []).forEach(function (e, i) {
      if (!claimedAccepted[i] && !decidedElsewhere[e.fingerprint]) accepted.push(e);
    });
    (baseline.confirmed || []).forEach(function (e, i) {
      if (!claimedConfirmed[i] && !decidedElsewhere[e.fingerprint]) confirmed.push(e);
    });
    others.forEach(function (d) {
      if (d.decision === "undecided") return;
      var entry = copy(d.entry);
      if (d.note) entry.note = d.note; else delete entry.note;
      (d.decision === "accepted" ? accepted : confirmed).push(entry);
    });
    which.forEach(function (story) {
      var state = readStore(story.key);
      story.conflicts.forEach(function (c) {
        var d = effective(c, state);
        var old = c.baseline ? (c.baseline.decision === "accepted" ? baseline.conflicts : baseline.confirmed)[c.baseline.entry] : null;
        if (d.source === "baseline") {  // untouched here: the entry as it was
          (d.decision === "accepted" ? accepted : confirmed).push(old);
          return;
        }
        if (d.decision === "undecided") return;
        var entry = old ? copy(old) : {};
        var fresh = copy(c.entry);
        Object.keys(fresh).forEach(function (k) { entry[k] = fresh[k]; });
        if (d.note) entry.note = d.note; else delete entry.note;
        (d.decision === "accepted" ? accepted : confirmed).push(entry);
      });
    });
    var out = copy(baseline.header || { version: 1 });
    out.conflicts = accepted.sort(entryOrder);
    if (confirmed.length) out[CONFIRMED_KEY] = confirmed.sort(entryOrder);
    return pyJson(out, 0, "") + "\n";
  }

  /* ------------------------------------------------------------------ CSV */

  var CSV_COLUMNS = ["story", "fact", "type", "severity", "article_a", "quote_a", "value_a", "article_b",
    "quote_b", "value_b", "outlier", "likely_value", "explanation", "decision", "note", "decided_in", "fingerprint"];

  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    // a cell a spreadsheet would run as a formula is kept as text
    if (/^[=+\-@\t\r]/.test(text) && !/^[-+]?[\d.,\s]+%?$/.test(text)) text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function csvText(which) {
    var lines = [CSV_COLUMNS.map(csvCell).join(",")];
    which.forEach(function (story) {
      var state = readStore(story.key);
      story.conflicts.forEach(function (c) {
        var d = effective(c, state);
        var a = c.sides[0] || {}, b = c.sides[1] || {};
        lines.push([story.story, c.fact, c.type, c.severity, a.article, a.text, a.value, b.article, b.text, b.value,
          c.outlier, c.likely, c.explanation, d.decision, d.note, d.source, c.fp].map(csvCell).join(","));
      });
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  function download(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(url); link.remove(); }, 2000);
  }

  function say(text) {
    var el = document.getElementById("cc-tool-status");
    if (el) el.textContent = text;
  }

  function markExported() {
    var when = new Date().toISOString();
    stories.forEach(function (story) {
      var state = readStore(story.key);
      state.exported = when;
      writeStore(story.key, state);
    });
  }

  function setUpTools(refresh) {
    var tools = document.getElementById("cc-tools");
    if (!tools) return;
    tools.hidden = false;
    document.getElementById("cc-download-baseline").addEventListener("click", function () {
      download("claimcheck-baseline.json", baselineText(stories), "application/json");
      markExported();
      say("Baseline downloaded: claimcheck-baseline.json (commit it beside your stories).");
      refresh();
    });
    document.getElementById("cc-download-csv").addEventListener("click", function () {
      download("claimcheck-review.csv", csvText(stories), "text/csv");
      say("CSV downloaded: claimcheck-review.csv.");
    });
    var input = document.getElementById("cc-import");
    if (input) input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () {
        say(importBaseline(String(reader.result), file.name));
        input.value = "";
        refresh();
      };
      reader.readAsText(file);
    });
  }

  /* A colleague's baseline: its decisions fill in conflicts (same fingerprint) not decided in this browser. */
  function importBaseline(text, name) {
    var parsed;
    try { parsed = JSON.parse(text); } catch (e) { return "Not imported: " + name + " is not JSON."; }
    if (!parsed || typeof parsed !== "object" || !Array.isArray(parsed.conflicts)) {
      return "Not imported: " + name + " is not a claimcheck baseline (no \"conflicts\" list).";
    }
    var found = {};
    function take(list, decision) {
      (Array.isArray(list) ? list : []).forEach(function (e) {
        if (e && typeof e === "object" && typeof e.fingerprint === "string") {
          found[e.fingerprint] = { decision: decision, note: cleanNote(e.note), story: e.story };
        }
      });
    }
    take(parsed[CONFIRMED_KEY], "confirmed_error");
    take(parsed.conflicts, "accepted");
    var n = 0;
    stories.forEach(function (story) {
      var state = readStore(story.key);
      story.conflicts.forEach(function (c) {
        var hit = Object.prototype.hasOwnProperty.call(found, c.fp) ? found[c.fp] : null;
        if (!hit || hit.story !== story.story) return;
        if (Object.prototype.hasOwnProperty.call(state.decisions, c.fp)) return;
        state.decisions[c.fp] = { decision: hit.decision, note: hit.note, at: new Date().toISOString(), from: "import",
          story: story.story, entry: c.entry };
        n += 1;
      });
      writeStore(story.key, state);
    });
    return "Imported " + n + " decision" + (n === 1 ? "" : "s") + " from " + name + ".";
  }

  /* ------------------------------------------------------------------ story page: review cards */

  /* "3 of 5 pairs accepted, 2 undecided": what a mixed decision is made of (report_html._mix_text says the same). */
  function mixText(decisions) {
    var counts = { accepted: 0, confirmed_error: 0, undecided: 0 };
    decisions.forEach(function (d) { counts[d.decision] = (counts[d.decision] || 0) + 1; });
    var parts = [["accepted", "accepted"], ["confirmed_error", "confirmed error"], ["undecided", "undecided"]]
      .filter(function (k) { return counts[k[0]]; })
      .map(function (k) { return [counts[k[0]], k[1]]; });
    if (!parts.length) return "";
    return parts[0][0] + " of " + decisions.length + " pairs " + parts[0][1] +
      parts.slice(1).map(function (p) { return ", " + p[0] + " " + p[1]; }).join("");
  }

  var marked = [];

  function unmark() {
    marked.forEach(function (el) { el.classList.remove("current"); el.removeAttribute("aria-current"); });
    marked = [];
  }

  function mark(el) {
    el.classList.add("current");
    el.setAttribute("aria-current", "true");
    marked.push(el);
  }

  function setUpStory() {
    var story = stories[0];
    if (!story) return;
    var byFp = {};
    story.conflicts.forEach(function (c) { byFp[c.fp] = c; });
    var cards = Array.prototype.slice.call(document.querySelectorAll(".card[data-fps]"));

    function fpsOf(card) {
      return (card.getAttribute("data-fps") || "").split(/\s+/).filter(function (fp) { return byFp[fp]; });
    }

    function refresh() {
      var state = readStore(story.key);
      var counts = { accepted: 0, confirmed_error: 0, mixed: 0, undecided: 0, partly: 0 };
      cards.forEach(function (card) {
        var fps = fpsOf(card);
        if (!fps.length) return;
        var decisions = fps.map(function (fp) { return effective(byFp[fp], state); });
        var kinds = {};
        decisions.forEach(function (d) { kinds[d.decision] = true; });
        var names = Object.keys(kinds);
        var decision = names.length === 1 ? names[0] : "mixed";
        var note = "";
        var source = "";
        decisions.forEach(function (d) { if (!note && d.note) note = d.note; if (!source || d.source === "page") source = d.source; });
        /* a finding is reviewed once every pair of it is decided: a mix with an undecided pair is not */
        var partly = decision === "mixed" && !!kinds.undecided;
        card.setAttribute("data-partly", String(partly));
        if (partly) counts.partly += 1; else counts[decision] += 1;
        ["accepted", "confirmed_error", "mixed"].forEach(function (k) { card.classList.toggle("decided-" + k, k === decision); });
        var badge = card.querySelector(".decision");
        badge.textContent = DECISIONS[decision] || "◐ mixed";
        badge.setAttribute("data-decision", decision);
        var from = card.querySelector(".from");
        if (from) {
          from.textContent = "";
          if (!(decision === "undecided" && source !== "page")) {
            from.appendChild(document.createTextNode((source === "baseline" ? "in baseline" : "decided here") +
              (decision === "mixed" ? " (" + mixText(decisions) + ")" : "")));
            if (note) {  /* the note isolated: a right-to-left note keeps its own order */
              var bdi = document.createElement("bdi");
              bdi.textContent = note;
              from.appendChild(document.createTextNode(": “"));
              from.appendChild(bdi);
              from.appendChild(document.createTextNode("”"));
            }
          }
        }
        var input = card.querySelector(".rv-note");
        if (input && document.activeElement !== input) input.value = note;
        card.querySelectorAll("button.rv").forEach(function (b) {
          if (b.getAttribute("data-set") !== "undecided") {
            b.setAttribute("aria-pressed", String(b.getAttribute("data-set") === decision));
          }
        });
      });
      applyFilter();
      var reviewed = counts.accepted + counts.confirmed_error + counts.mixed;
      var total = reviewed + counts.undecided + counts.partly;
      var progress = document.getElementById("cc-progress");
      if (progress) {
        progress.textContent = reviewed + " of " + total + " reviewed (" + counts.accepted + " accepted, " +
          counts.confirmed_error + " confirmed error" + (counts.confirmed_error === 1 ? "" : "s") +
          (counts.partly ? ", " + counts.partly + " partly decided" : "") + ")" +
          (baseline.name ? " · baseline " + baseline.name : "") +
          (state.exported ? " · last downloaded " + state.exported.slice(0, 16).replace("T", " ") : " · not downloaded yet") +
          (storageWorks ? "" : " · this browser cannot store decisions: download before closing");
      }
    }

    /* Which findings show: by decision (undecided only, ...) and by lowest severity. */
    var RANK = { high: 0, medium: 1, low: 2 };
    var filterBox = document.getElementById("cc-filter");
    var byDecision = document.getElementById("cc-filter-decision");
    var bySeverity = document.getElementById("cc-filter-severity");
    var byType = document.getElementById("cc-filter-type");
    var byVersion = document.getElementById("cc-filter-version");
    function applyFilter() {
      if (!filterBox) return;
      var wanted = byDecision.value, lowest = RANK[bySeverity.value];
      var type = byType ? byType.value : "", version = byVersion ? byVersion.value : "";
      var shown = 0;
      cards.forEach(function (card) {
        var decision = (card.querySelector(".decision") || card).getAttribute("data-decision") || "undecided";
        var rank = RANK[card.getAttribute("data-severity")];
        var matches = wanted === "all" || decision === wanted ||
          (wanted === "undecided" && card.getAttribute("data-partly") === "true");  /* still has undecided pairs */
        var visible = matches && (rank === undefined || rank <= lowest) &&
          (!type || card.getAttribute("data-type") === type) &&
          (!version || (card.getAttribute("data-columns") || "").split(" ").indexOf(version) >= 0);
        card.hidden = !visible;
        if (visible) shown += 1;
      });
      document.querySelectorAll("#cc-conflicts .fact").forEach(function (fact) {
        fact.hidden = fact.querySelector(".card:not([hidden])") === null;
      });
      document.getElementById("cc-filter-status").textContent =
        shown === cards.length ? "" : "showing " + shown + " of " + cards.length;
    }
    if (filterBox) {
      filterBox.hidden = false;
      filterBox.addEventListener("change", applyFilter);
    }

    function decide(card, decision) {
      var state = readStore(story.key);
      var input = card.querySelector(".rv-note");
      var note = cleanNote(input ? input.value : "");
      fpsOf(card).forEach(function (fp) {
        state.decisions[fp] = { decision: decision, note: decision === "undecided" ? "" : note, at: new Date().toISOString(),
          story: story.story, entry: byFp[fp].entry };
      });
      writeStore(story.key, state);
      refresh();
    }

    cards.forEach(function (card) {
      var controls = card.querySelector(".review-controls");
      if (!controls || !fpsOf(card).length) return;
      controls.hidden = false;
      controls.addEventListener("click", function (event) {
        var button = event.target.closest("button.rv");
        if (button) decide(card, button.getAttribute("data-set"));
      });
      var input = card.querySelector(".rv-note");
      input.addEventListener("input", function () {  // a note typed after deciding updates the decision
        var state = readStore(story.key);
        var changed = false;
        fpsOf(card).forEach(function (fp) {
          var own = state.decisions[fp];
          if (own && own.decision !== "undecided") { own.note = cleanNote(input.value); changed = true; }
        });
        if (changed) { writeStore(story.key, state); refresh(); }
      });
    });
    setUpTools(refresh);
    refresh();
    setUpJumps();
    setUpColumns();
  }

  /* ------------------------------------------------------------------ jumps between conflicts and the diff */

  function setUpJumps() {
    var back = document.getElementById("cc-back");
    var returnTo = null;

    function show(ids, origin) {
      unmark();
      var spans = ids.map(function (id) { return document.getElementById(id); }).filter(Boolean);
      if (!spans.length) return false;
      spans[0].closest("tr").scrollIntoView({ block: "center", inline: "nearest" });
      spans.forEach(function (span) { mark(span); });
      spans[0].scrollIntoView({ block: "nearest", inline: "center" });
      /* the keyboard follows the eye: focus lands on the figure (Tab goes on to its ↑ link, Esc goes back) */
      if (!spans[0].hasAttribute("tabindex")) spans[0].setAttribute("tabindex", "-1");
      spans[0].focus({ preventScroll: true });
      returnTo = origin;
      if (back) back.hidden = !origin;
      return true;
    }

    function goBack() {
      if (returnTo) {
        returnTo.scrollIntoView({ block: "start" });
        var focusable = returnTo.matches("a, button") ? returnTo : returnTo.querySelector("h3, a, button");
        if (focusable) { focusable.setAttribute("tabindex", focusable.getAttribute("tabindex") || "-1"); focusable.focus({ preventScroll: true }); }
      }
      back.hidden = true;
      unmark();
    }

    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a.to-diff, a.jump-claim");
      if (link) {
        var ids = (link.getAttribute("data-targets") || "").split(/\s+/).filter(Boolean);
        var origin = link.getAttribute("data-fact") ? document.getElementById(link.getAttribute("data-fact")) : link;
        if (show(ids, origin)) event.preventDefault();
        return;
      }
      if (event.target.closest && event.target.closest("a.back") && back) back.hidden = true;
    });
    if (back) {
      back.addEventListener("click", goBack);
      document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && !back.hidden && !(event.target.matches && event.target.matches("input, select, textarea"))) {
          event.preventDefault();
          goBack();
        }
      });
    }
  }

  /* ------------------------------------------------------------------ choice of columns */

  function setUpColumns() {
    var picker = document.getElementById("cc-columns");
    var table = document.getElementById("cc-diff-table");
    if (!picker || !table || data.columns.length < 2) return;
    picker.hidden = false;
    picker.addEventListener("change", function () {
      var shown = 0;
      picker.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        table.classList.toggle("hide-" + box.value, !box.checked);
        if (box.checked) shown += 1;
      });
      table.style.setProperty("--cols", String(Math.max(1, shown)));
    });
  }

  /* ------------------------------------------------------------------ batch index: progress per story */

  function setUpIndex() {
    /* A finding counts as reviewed once each of its conflict pairs has a decision. */
    function findings(story, state) {
      var groups = {}, order = [];
      story.conflicts.forEach(function (c) {
        var id = c.card || c.fp;
        if (!groups[id]) { groups[id] = []; order.push(id); }
        groups[id].push(effective(c, state).decision);
      });
      var counts = { accepted: 0, confirmed_error: 0, reviewed: 0, total: order.length };
      order.forEach(function (id) {
        var ds = groups[id];
        if (ds.indexOf("undecided") >= 0) return;
        counts.reviewed += 1;
        if (ds.indexOf("confirmed_error") >= 0) counts.confirmed_error += 1; else counts.accepted += 1;
      });
      return counts;
    }

    function refresh() {
      var all = { reviewed: 0, total: 0 };
      stories.forEach(function (story) {
        var row = null;
        document.querySelectorAll("tr[data-key]").forEach(function (tr) {
          if (tr.getAttribute("data-key") === story.key) row = tr;
        });
        var counts = findings(story, readStore(story.key));
        all.reviewed += counts.reviewed;
        all.total += counts.total;
        var cell = row && row.querySelector(".review-progress");
        if (!cell) return;
        cell.textContent = "";
        if (!counts.total) { cell.textContent = "nothing to review"; return; }
        var bar = document.createElement("progress");
        bar.max = counts.total;
        bar.value = counts.reviewed;
        cell.appendChild(bar);
        cell.appendChild(document.createTextNode(" " + counts.reviewed + " / " + counts.total +
          (counts.reviewed ? " (" + counts.accepted + " accepted, " + counts.confirmed_error + " errors)" : "")));
        row.classList.toggle("reviewed", counts.reviewed === counts.total);
      });
      var progress = document.getElementById("cc-progress");
      if (progress) progress.textContent = all.reviewed + " of " + all.total + " findings reviewed" +
        (baseline.name ? " · baseline " + baseline.name : "");
    }
    setUpTools(refresh);
    refresh();
    window.addEventListener("storage", refresh);  // decisions made meanwhile in a story page in another tab
    window.addEventListener("focus", refresh);  // decisions made in a story page opened from here
    window.addEventListener("pageshow", refresh);  // back from a story page (the page may come from cache)
    document.addEventListener("visibilitychange", function () {  // its tab brought to the front again
      if (document.visibilityState === "visible") refresh();
    });
  }

  if (data.page === "index") setUpIndex(); else setUpStory();
})();
