(function () {
  "use strict";
  // Everything from the articles is data: it is put on the page with textContent, never as HTML.
  var DATA = JSON.parse(document.getElementById("data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var DAY = 86400000, YEAR = 365.25 * DAY;
  var LIST_PAGE = 200;          // list rows added at a time: the DOM stays small for any corpus
  var MAX_ROWS = 3;             // rows of marks in a lane; items that fit in none are grouped
  var LABEL_W = 170, TOP = 26, ROW_H = 16, LANE_PAD = 8, MARK = 10;

  var $ = function (id) { return document.getElementById(id); };
  var svg = $("axis"), list = $("list"), more = $("more"), detail = $("detail"), count = $("count");
  var actorSelect = $("actor"), search = $("q");

  function day(iso) {
    var p = iso.split("-"), d = new Date(0);
    d.setUTCFullYear(+p[0], +p[1] - 1, +p[2]);   // years before 100 stay themselves
    return d.getTime();
  }
  function fold(s) { return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  var items = DATA.items, docs = DATA.docs, actors = DATA.actors, lanes = DATA.lanes;
  items.forEach(function (it, i) {
    it.i = i;
    it.t0 = day(it.a);
    it.t1 = day(it.b) + DAY;
    it.actorSet = {};
    it.ac.forEach(function (p) { it.actorSet[p[0]] = true; });
    if (it.sp >= 0) it.actorSet[it.sp] = true;
  });
  // What a search looks in, made at the first search: opening the page stays quick.
  function searchText(it) {
    if (it.text === undefined) {
      var names = Object.keys(it.actorSet).map(function (a) { return actors[a].n; }), doc = docs[it.d] || {};
      it.text = fold([it.s, it.se, it.q, it.w, it.tx, names.join(" "), doc.t, doc.s].join(" \u0001 "));
    }
    return it.text;
  }

  var state = { words: [], kind: "all", actor: -1, shown: items.slice(), limit: LIST_PAGE, selected: -1 };
  var full = extent(items), view = core(items);

  function extent(xs) {
    if (!xs.length) { var now = Date.UTC(2000, 0, 1); return [now - YEAR, now + YEAR]; }
    var lo = Infinity, hi = -Infinity;
    xs.forEach(function (it) { lo = Math.min(lo, it.t0); hi = Math.max(hi, it.t1); });
    var pad = Math.max((hi - lo) * 0.04, 15 * DAY);
    return [lo - pad, hi + pad];
  }

  // Where most items are: a few items centuries away would otherwise squeeze the rest into a
  // corner. "All" shows everything.
  function core(xs) {
    if (xs.length < 20) return extent(xs);
    var starts = xs.map(function (it) { return it.t0; }).sort(function (a, b) { return a - b; });
    var ends = xs.map(function (it) { return it.t1; }).sort(function (a, b) { return a - b; });
    var cut = Math.floor(xs.length * 0.02);
    return extent([{ t0: starts[cut], t1: ends[xs.length - 1 - cut] }]);
  }

  // ---- filters ------------------------------------------------------------------------------
  function matches(it) {
    if (state.kind !== "all" && it.k !== state.kind) return false;
    if (state.actor >= 0 && !it.actorSet[state.actor]) return false;
    if (!state.words.length) return true;
    var text = searchText(it);
    for (var w = 0; w < state.words.length; w++) if (text.indexOf(state.words[w]) < 0) return false;
    return true;
  }
  function applyFilters() {
    state.shown = items.filter(matches);
    state.limit = LIST_PAGE;
    var n = state.shown.length;
    count.textContent = n === items.length ? n + " items" : n + " of " + items.length + " items";
    count.setAttribute("data-shown", String(n));
    renderList();
    draw();
  }
  actors.forEach(function (a, i) {
    var o = document.createElement("option");
    o.value = String(i);
    o.textContent = a.n + " (" + a.c + ")";
    actorSelect.appendChild(o);
  });
  actorSelect.addEventListener("change", function () { state.actor = +actorSelect.value; applyFilters(); });
  Array.prototype.forEach.call(document.querySelectorAll("input[name=kind]"), function (r) {
    r.addEventListener("change", function () { state.kind = r.value; applyFilters(); });
  });
  var typing = 0;
  search.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(function () {
      state.words = fold(search.value).split(/\s+/).filter(Boolean);
      applyFilters();
    }, 120);
  });
  function chooseActor(i) { actorSelect.value = String(i); state.actor = i; applyFilters(); }

  // ---- the time axis --------------------------------------------------------------------------
  var STEPS = [[1, "d"], [7, "d"], [1, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"], [5, "y"], [10, "y"],
               [20, "y"], [50, "y"], [100, "y"], [200, "y"], [500, "y"], [1000, "y"]];
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function stepLength(s) { return s[1] === "d" ? s[0] * DAY : s[1] === "m" ? s[0] * YEAR / 12 : s[0] * YEAR; }
  function ticks(t0, t1, width) {
    var most = Math.max(2, Math.floor(width / 80)), step = STEPS[STEPS.length - 1];
    for (var k = 0; k < STEPS.length; k++) if ((t1 - t0) / stepLength(STEPS[k]) <= most) { step = STEPS[k]; break; }
    var d = new Date(t0), out = [], n = step[0];
    d.setUTCHours(0, 0, 0, 0);
    if (step[1] === "y") { d.setUTCFullYear(Math.floor(d.getUTCFullYear() / n) * n, 0, 1); }
    else if (step[1] === "m") { d.setUTCFullYear(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / n) * n, 1); }
    else if (n === 7) { d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); }
    for (var guard = 0; d.getTime() <= t1 && guard < 400; guard++) {
      var t = d.getTime();
      if (t >= t0) out.push([t, label(d, step)]);
      if (step[1] === "y") d.setUTCFullYear(d.getUTCFullYear() + n);
      else if (step[1] === "m") d.setUTCMonth(d.getUTCMonth() + n);
      else d.setUTCDate(d.getUTCDate() + n);
    }
    return out;
  }
  function label(d, step) {
    if (step[1] === "y") return String(d.getUTCFullYear());
    if (step[1] === "m") return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }
  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  // Marks of one lane in rows, left to right; an item that fits in no row joins the group at
  // the end of the row that ends first, so the number of marks never exceeds what can be seen.
  function pack(visible, x, right) {
    var rows = [], marks = [];
    visible.sort(function (a, b) { return a.t0 - b.t0 || a.i - b.i; });
    visible.forEach(function (it) {
      // what runs past either edge is cut there, off the lane labels
      var x0 = Math.max(x(it.t0), LABEL_W - MARK / 2), x1 = Math.max(Math.min(x(it.t1), right), x0 + MARK);
      for (var r = 0; r < rows.length; r++) if (rows[r].end + 2 <= x0) break;
      if (r === rows.length && rows.length < MAX_ROWS) rows.push({ end: -Infinity, last: null });
      if (r === rows.length) {
        r = 0;
        for (var q = 1; q < rows.length; q++) if (rows[q].end < rows[r].end) r = q;
        var m = rows[r].last;
        m.items.push(it);
        m.x1 = Math.max(m.x1, x1);
        rows[r].end = m.x1;
        return;
      }
      var mark = { items: [it], x0: x0, x1: x1, row: r };
      rows[r].end = x1;
      rows[r].last = mark;
      marks.push(mark);
    });
    return { marks: marks, rows: Math.max(1, rows.length) };
  }

  var pending = false;
  function draw() {
    if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; render(); }); }
  }
  function render() {
    var width = svg.clientWidth || 800, plot = width - LABEL_W - 12;
    var t0 = view[0], t1 = view[1];
    var x = function (t) { return LABEL_W + (t - t0) / (t1 - t0) * plot; };
    var byLane = lanes.map(function () { return []; });
    state.shown.forEach(function (it) { if (it.t1 >= t0 && it.t0 <= t1) byLane[it.l].push(it); });
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var y = TOP, frag = document.createDocumentFragment(), marks = el("g", {}), drawn = 0, total = 0;
    lanes.forEach(function (lane, li) {
      if (!byLane[li].length) return;
      var packed = pack(byLane[li], x, width - 2), h = packed.rows * ROW_H + LANE_PAD;
      el("rect", { "class": "lane-bg", x: 0, y: y, width: width, height: h - 2 }, frag);
      var name = el("text", { "class": "lane-label", x: 8, y: y + 4 + ROW_H / 2 + 4 }, frag);
      name.textContent = lane.name.length > 24 ? lane.name.slice(0, 23) + "…" : lane.name;
      el("title", {}, name).textContent = lane.actor >= 0 ? "Show only " + lane.name : lane.name;
      if (lane.actor >= 0) name.addEventListener("click", function () { chooseActor(lane.actor); });
      packed.marks.forEach(function (m) { drawMark(m, y + LANE_PAD / 2 + m.row * ROW_H, marks); total += m.items.length; });
      drawn += packed.marks.length;
      y += h;
    });
    ticks(t0, t1, plot).forEach(function (t) {
      var tx = x(t[0]);
      el("line", { "class": "tick", x1: tx, x2: tx, y1: TOP - 6, y2: Math.max(y, TOP + 20) }, frag);
      el("text", { "class": "tick-label", x: tx + 3, y: 14 }, frag).textContent = t[1];
    });
    if (!drawn) el("text", { "class": "empty", x: LABEL_W, y: TOP + 18 }, frag).textContent =
      state.shown.length ? "Nothing in this stretch of time: zoom out or press Fit." : "No item matches the filters.";
    frag.appendChild(marks);
    svg.appendChild(frag);
    svg.setAttribute("height", String(Math.max(y, TOP + 30) + 4));
    svg.setAttribute("data-marks", String(drawn));
    svg.setAttribute("data-items", String(total));
  }
  function drawMark(m, top, parent) {
    var it = m.items[0], n = m.items.length, cy = top + ROW_H / 2, w = m.x1 - m.x0, node;
    if (n > 1) {
      node = el("rect", { "class": "mark cluster", x: m.x0, y: cy - 6, width: Math.max(w, 8 + 6.5 * String(n).length),
                          height: 12, rx: 6 }, parent);
      el("text", { "class": "cluster-label", x: m.x0 + 4, y: cy + 3.5 }, parent).textContent = String(n);
      el("title", {}, node).textContent = n + " items here: click to zoom in";
      node.addEventListener("click", function () { zoomTo(m.items); showGroup(m.items); });
    } else {
      var cls = "mark " + it.k + (it.st === "future" ? " future" : "") + (w > MARK + 2 ? " span" : "");
      if (it.k === "statement") {
        var c = m.x0 + MARK / 2;
        if (w > MARK + 2) el("rect", { "class": "bar " + it.k, x: m.x0, y: cy - 2, width: w, height: 4 }, parent);
        node = el("path", { "class": cls, d: "M" + c + " " + (cy - 6) + "l6 6l-6 6l-6-6z" }, parent);
      } else {
        node = el("rect", { "class": cls, x: m.x0, y: cy - MARK / 2, width: w, height: MARK, rx: MARK / 2 }, parent);
      }
      if (it.i === state.selected) node.classList.add("selected");
      el("title", {}, node).textContent = it.w + ": " + it.s;
      node.addEventListener("click", function () { select(it.i, true); });
    }
    node.setAttribute("data-n", String(n));
  }
  function zoomTo(group) {
    var e = extent(group);
    view = [e[0], Math.max(e[1], e[0] + 30 * DAY)];
    draw();
  }
  function zoom(factor, at) {
    var span = (view[1] - view[0]) * factor, full_span = (full[1] - full[0]) * 4;
    span = Math.min(Math.max(span, 14 * DAY), Math.max(full_span, 30 * DAY));
    var f = (at - view[0]) / (view[1] - view[0]);
    view = [at - f * span, at + (1 - f) * span];
    draw();
  }
  function timeAt(clientX) {
    var r = svg.getBoundingClientRect(), plot = r.width - LABEL_W - 12;
    return view[0] + (clientX - r.left - LABEL_W) / plot * (view[1] - view[0]);
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    zoom(Math.exp(ev.deltaY * 0.0015), timeAt(ev.clientX));
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    if (ev.button !== 0 || ev.target.classList.contains("mark") || ev.target.classList.contains("lane-label")) return;
    drag = { x: ev.clientX, view: view.slice() };
    svg.setPointerCapture(ev.pointerId);
    svg.classList.add("dragging");
  });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var per = (drag.view[1] - drag.view[0]) / (svg.clientWidth - LABEL_W - 12);
    var shift = (ev.clientX - drag.x) * per;
    view = [drag.view[0] - shift, drag.view[1] - shift];
    draw();
  });
  function endDrag() { drag = null; svg.classList.remove("dragging"); }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);
  $("zoom-in").addEventListener("click", function () { zoom(0.5, (view[0] + view[1]) / 2); });
  $("zoom-out").addEventListener("click", function () { zoom(2, (view[0] + view[1]) / 2); });
  $("fit").addEventListener("click", function () { view = core(state.shown.length ? state.shown : items); draw(); });
  $("all").addEventListener("click", function () { view = extent(state.shown.length ? state.shown : items); draw(); });
  window.addEventListener("resize", draw);
  // The story's dates (written by the page, when it has a story): each brings the axis to its day.
  Array.prototype.forEach.call(document.querySelectorAll("button.story-day"), function (b) {
    b.addEventListener("click", function () {
      var t = day(b.getAttribute("data-day"));
      view = [t - 10 * DAY, t + 11 * DAY];
      draw();
      $("chart").scrollIntoView({ block: "nearest" });
    });
  });

  // ---- the list and the detail ----------------------------------------------------------------
  function speakerName(it) { return it.sp >= 0 ? actors[it.sp].n : ""; }
  function renderList() {
    while (list.firstChild) list.removeChild(list.firstChild);
    appendRows(0);
  }
  function appendRows(from) {
    var to = Math.min(state.shown.length, state.limit), frag = document.createDocumentFragment();
    for (var k = from; k < to; k++) frag.appendChild(row(state.shown[k]));
    list.appendChild(frag);
    more.hidden = to >= state.shown.length;
    more.textContent = "Show more (" + (state.shown.length - to) + " left)";
  }
  function row(it) {
    var li = document.createElement("li"), b = document.createElement("button");
    li.className = it.k + (it.i === state.selected ? " selected" : "");
    li.setAttribute("data-i", String(it.i));
    var when = document.createElement("span");
    when.className = "when";
    when.textContent = it.w;
    b.appendChild(when);
    if (it.k === "statement" && it.sp >= 0 && it.s.indexOf(speakerName(it)) !== 0) {
      var who = document.createElement("span");
      who.className = "who";
      who.textContent = speakerName(it) + ": ";
      b.appendChild(who);
    }
    b.appendChild(document.createTextNode(it.s));
    b.type = "button";
    b.addEventListener("click", function () { select(it.i, false); });
    li.appendChild(b);
    return li;
  }
  more.addEventListener("click", function () {
    var from = Math.min(state.shown.length, state.limit);
    state.limit += LIST_PAGE;
    appendRows(from);
  });
  function field(dl, name, value, kind) {
    if (!value) return;
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = name;
    if (kind === "quote") {
      var q = document.createElement("blockquote");
      q.className = name === "Sentence" ? "sentence" : "quote";
      q.textContent = value;
      dd.appendChild(q);
    } else if (kind === "link") {
      var a = document.createElement("a");
      a.href = value[1];          // an http(s) URL: checked when the page was made
      a.rel = "noopener noreferrer";
      a.target = "_blank";
      a.textContent = value[0];
      dd.appendChild(a);
    } else dd.textContent = value;
    dl.appendChild(dt);
    dl.appendChild(dd);
  }
  function showGroup(group) {
    while (detail.firstChild) detail.removeChild(detail.firstChild);
    var h = document.createElement("h2"), ol = document.createElement("ol");
    h.textContent = group.length + " items";
    detail.appendChild(h);
    ol.id = "group";
    group.forEach(function (it) { ol.appendChild(row(it)); });
    detail.appendChild(ol);
  }
  function select(i, fromAxis) {
    state.selected = i;
    var it = items[i], doc = docs[it.d] || {};
    while (detail.firstChild) detail.removeChild(detail.firstChild);
    var h = document.createElement("h2"), dl = document.createElement("dl");
    h.textContent = it.s;
    detail.appendChild(h);
    field(dl, "Date", it.w + (it.tx ? " (“" + it.tx + "”)" : "") + (it.st === "future" ? ", still to come" : ""));
    field(dl, "Kind", it.k === "statement" ? (it.dr ? "statement, quoted directly" : "statement, reported") : "event");
    field(dl, "Speaker", speakerName(it) + (it.cue ? " (" + it.cue + ")" : ""));
    field(dl, "To", it.to >= 0 ? actors[it.to].n : "");
    field(dl, "Quote", it.q, "quote");
    field(dl, "Sentence", it.se, "quote");
    field(dl, "Actors", it.ac.map(function (p) { return actors[p[0]].n + " (" + p[1] + ")"; }).join(", "));
    field(dl, "Source", doc.u ? [doc.t, doc.u] : doc.t, doc.u ? "link" : null);
    field(dl, "Publisher", doc.s);
    field(dl, "Published", doc.p);
    field(dl, "URL", doc.u);
    field(dl, "Item", it.id);
    detail.appendChild(dl);
    Array.prototype.forEach.call(list.querySelectorAll("li.selected"), function (li) { li.classList.remove("selected"); });
    var li = list.querySelector('li[data-i="' + i + '"]');
    if (li) { li.classList.add("selected"); if (fromAxis) li.scrollIntoView({ block: "nearest" }); }
    draw();
  }

  applyFilters();
})();
