"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("vanban-data").textContent);
  const STORE = "vanban:" + DATA.document.sha256;
  const corrections = DATA.corrections.slice().sort(
    (a, b) => a.line_index - b.line_index || a.start - b.start);
  const byId = new Map(corrections.map((c) => [c.id, c]));
  const marks = new Map();   // id -> span in the document
  const items = new Map();   // id -> li in the list
  let decisions = loadDecisions();
  let history = [];          // [{id, before}] for undo
  let visible = [];          // ids passing the filters, in document order
  let current = -1;          // index into visible

  const $ = (id) => document.getElementById(id);

  function loadDecisions() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORE) || "{}");
      return saved && typeof saved === "object" ? saved : {};
    } catch (e) {
      return {};
    }
  }

  function saveDecisions() {
    try { localStorage.setItem(STORE, JSON.stringify(decisions)); } catch (e) { /* private mode */ }
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  function pct(x) { return Math.round(x * 100) + " %"; }

  // the scanned word as printed (corrections on scans); only the report's own PNG data
  function crop(c) {
    if (typeof c.crop !== "string" || !c.crop.startsWith("data:image/png;base64,")) return null;
    return el("img", {class: "crop", src: c.crop, alt: `the scan of “${c.before}”`,
                      title: `as scanned (OCR confidence ${c.ocr.confidence})`});
  }

  // ---------------------------------------------------------------- the document

  function markFor(c) {
    const cls = ["corr", c.status];
    if (c.confidence < 0.8) cls.push("low");
    const span = el("span", {class: cls.join(" "), "data-id": c.id, tabindex: "-1"});
    const before = c.before === "" ? "∅" : c.before;
    const after = c.after === "" ? "∅" : c.after;
    span.append(el("del", {text: before}), el("span", {class: "arrow", text: "→"}),
                el("ins", {text: after}));
    span.setAttribute("aria-label", `${c.kind}: ${before} → ${after}, ${c.status}, confidence ${pct(c.confidence)}`);
    return span;
  }

  function renderDocument() {
    const root = $("document");
    const byLine = new Map();
    for (const c of corrections) {
      if (!byLine.has(c.line_index)) byLine.set(c.line_index, []);
      byLine.get(c.line_index).push(c);
    }
    const frag = document.createDocumentFragment();
    let page = DATA.lines.length ? DATA.lines[0].page : 1;
    for (const line of DATA.lines) {
      if (line.page !== page) {
        page = line.page;
        frag.append(el("span", {class: "page", text: "page " + page}));
      }
      const row = el("span", {class: "ln", "data-line": String(line.i)});
      row.append(el("span", {class: "no", text: String(line.n)}));
      let pos = 0;
      for (const c of byLine.get(line.i) || []) {
        if (c.start < pos) continue;  // overlapping: shown in the list only
        row.append(line.text.slice(pos, c.start));
        const mark = markFor(c);
        marks.set(c.id, mark);
        row.append(mark);
        pos = c.end;
      }
      row.append(line.text.slice(pos));
      frag.append(row);
    }
    root.append(frag);
  }

  // ---------------------------------------------------------------- the list

  function effective(c) {
    const d = decisions[c.id];
    if (d === "accept") return "applied";
    if (d === "reject") return "rejected";
    return c.status;
  }

  function renderList() {
    const frag = document.createDocumentFragment();
    for (const c of corrections) {
      const li = el("li", {"data-id": c.id, tabindex: "-1"});
      const change = el("span", {class: "chg"});
      change.append(el("del", {text: c.before || "∅"}), " → ", el("ins", {text: c.after || "∅"}));
      const badge = el("span", {class: "badge " + c.status, text: c.status});
      const meta = el("span", {class: "meta",
        text: `${c.stage} · ${c.kind} · ${pct(c.confidence)} · p${c.position.page} l${c.position.line}`});
      li.append(change, badge, meta);
      items.set(c.id, li);
      frag.append(li);
    }
    $("list").append(frag);
  }

  function fillSelect(id, values) {
    const select = $(id);
    for (const v of [...new Set(values)].sort()) select.append(el("option", {text: v}));
  }

  function applyFilters() {
    const status = $("f-status").value, stage = $("f-stage").value, kind = $("f-kind").value;
    const decided = $("f-decision").value, min = parseFloat($("f-conf").value);
    $("f-conf-out").textContent = min.toFixed(2);
    const keep = current >= 0 ? visible[current] : null;
    visible = [];
    for (const c of corrections) {
      const d = decisions[c.id] || "none";
      const show = (!status || c.status === status) && (!stage || c.stage === stage) &&
        (!kind || c.kind === kind) && (!decided || d === decided) && c.confidence >= min;
      items.get(c.id).hidden = !show;
      if (show) visible.push(c.id);
    }
    $("count").textContent = `${visible.length} shown`;
    current = keep ? visible.indexOf(keep) : -1;
  }

  // ---------------------------------------------------------------- decisions

  function refresh(id) {
    const c = byId.get(id);
    const d = decisions[id];
    for (const node of [marks.get(id), items.get(id)]) {
      if (!node) continue;
      node.classList.toggle("d-accept", d === "accept");
      node.classList.toggle("d-reject", d === "reject");
    }
    const li = items.get(id);
    const badge = li.querySelector(".badge");
    badge.className = "badge " + (d ? "d-" + d : c.status);
    badge.textContent = d === "accept" ? "accepted" : d === "reject" ? "rejected" : c.status;
    if (marks.get(id)) marks.get(id).classList.toggle("applied", effective(c) === "applied");
  }

  function progress() {
    const done = corrections.filter((c) => decisions[c.id]).length;
    $("progress-text").textContent = `${done} of ${corrections.length} reviewed`;
    $("progress-bar").max = Math.max(corrections.length, 1);
    $("progress-bar").value = done;
  }

  function decide(ids, decision) {
    const changed = ids.filter((id) => decisions[id] !== decision);
    if (!changed.length) return;
    history.push(changed.map((id) => ({id, before: decisions[id] || null})));
    for (const id of changed) {
      decisions[id] = decision;
      refresh(id);
    }
    saveDecisions();
    progress();
    showCurrent();
    renderConcordance();
  }

  function undo() {
    const step = history.pop();
    if (!step) return;
    for (const {id, before} of step) {
      if (before) decisions[id] = before; else delete decisions[id];
      refresh(id);
    }
    saveDecisions();
    progress();
    showCurrent();
    renderConcordance();
  }

  // ---------------------------------------------------------------- navigation

  function select(index) {
    if (!visible.length) return;
    index = Math.max(0, Math.min(index, visible.length - 1));
    const old = current >= 0 ? visible[current] : null;
    if (old) {
      items.get(old)?.classList.remove("sel");
      marks.get(old)?.classList.remove("current");
    }
    current = index;
    const id = visible[current];
    const li = items.get(id), mark = marks.get(id);
    li.classList.add("sel");
    li.scrollIntoView({block: "nearest"});
    if (mark) {
      mark.classList.add("current");
      mark.scrollIntoView({block: "center"});
    }
    showCurrent();
  }

  function showCurrent() {
    const box = $("current");
    box.textContent = "";
    if (current < 0 || !visible.length) {
      box.textContent = "Select a correction (n / p), then accept (a) or reject (r).";
      return;
    }
    const c = byId.get(visible[current]);
    const d = decisions[c.id];
    box.append(el("div", {text: `${current + 1} / ${visible.length} · ${c.kind}: “${c.before}” → “${c.after}” · ${c.status} · ${pct(c.confidence)}` + (d ? ` · ${d}ed` : "")}));
    box.append(el("div", {class: "meta", text: c.reason}));
    const picture = crop(c);
    if (picture) box.append(picture);
    if (c.alternatives.length) {
      box.append(el("div", {class: "meta", text: "alternatives: " +
        c.alternatives.map((a) => `${a.text} (${pct(a.score)})`).join(", ")}));
    }
    const buttons = el("div", {class: "buttons"});
    const accept = el("button", {type: "button", id: "accept", text: "Accept (a)"});
    const reject = el("button", {type: "button", id: "reject", text: "Reject (r)"});
    const back = el("button", {type: "button", id: "undo", text: "Undo (u)"});
    accept.onclick = () => decide([c.id], "accept");
    reject.onclick = () => decide([c.id], "reject");
    back.onclick = undo;
    buttons.append(accept, reject, back);
    box.append(buttons);
  }

  // ---------------------------------------------------------------- concordance

  function groups() {
    const out = new Map();
    for (const c of corrections) {
      const key = `${c.kind}\u0000${c.before.trim()}\u0000${c.after.trim()}`;
      if (!out.has(key)) out.set(key, []);
      out.get(key).push(c);
    }
    return [...out.values()].sort((a, b) => b.length - a.length ||
      a[0].before.localeCompare(b[0].before));
  }

  function renderConcordance() {
    const body = $("conc");
    if ($("panel-conc").hidden && body.childElementCount) return;
    body.textContent = "";
    for (const group of groups()) {
      const c = group[0];
      const ids = group.map((x) => x.id);
      const done = group.filter((x) => decisions[x.id]).length;
      const row = el("tr", {"data-key": `${c.before}→${c.after}`});
      const change = el("td");
      change.append(el("del", {text: c.before || "∅"}), " → ", el("ins", {text: c.after || "∅"}),
                    el("div", {class: "meta", text: `${c.kind} · ${done}/${group.length} decided`}));
      const acts = el("td");
      const accept = el("button", {type: "button", class: "all-accept", text: "Accept all"});
      const reject = el("button", {type: "button", class: "all-reject", text: "Reject all"});
      accept.onclick = () => decide(ids, "accept");
      reject.onclick = () => decide(ids, "reject");
      acts.append(accept, " ", reject);
      row.append(change, el("td", {text: String(group.length)}), acts);
      body.append(row);
    }
  }

  function showTab(conc) {
    $("panel-conc").hidden = !conc;
    $("panel-list").hidden = conc;
    $("tab-conc").setAttribute("aria-selected", String(conc));
    $("tab-list").setAttribute("aria-selected", String(!conc));
    if (conc) renderConcordance();
  }

  // ---------------------------------------------------------------- tooltip

  function showTip(target) {
    const c = byId.get(target.dataset.id);
    if (!c) return;
    const tip = $("tip");
    tip.textContent = "";
    tip.append(el("div", {text: `${c.kind} · ${c.status} · confidence ${pct(c.confidence)}` +
                               (c.confidence_basis === "heuristic" ? " (the rule's own estimate)" : "")}),
               el("div", {text: c.reason}));
    const picture = crop(c);
    if (picture) tip.append(picture);
    if (c.alternatives.length) {
      tip.append(el("div", {class: "alt", text: "alternatives: " +
        c.alternatives.map((a) => `${a.text} (${pct(a.score)})`).join(", ")}));
    }
    const r = target.getBoundingClientRect();
    tip.hidden = false;
    tip.style.left = Math.max(4, Math.min(r.left, window.innerWidth - tip.offsetWidth - 4)) + "px";
    tip.style.top = (r.bottom + 6 + tip.offsetHeight > window.innerHeight ?
      r.top - tip.offsetHeight - 6 : r.bottom + 6) + "px";
  }

  // ---------------------------------------------------------------- export

  function exportDecisions() {
    const payload = {
      vanban: DATA.vanban,
      document: {name: DATA.document.name, sha256: DATA.document.sha256},
      exported_at: new Date().toISOString(),
      decisions: Object.fromEntries(Object.entries(decisions).filter(([id]) => byId.has(id))),
    };
    const blob = new Blob([JSON.stringify(payload, null, 1)], {type: "application/json"});
    const link = el("a", {href: URL.createObjectURL(blob),
                          download: DATA.document.name.replace(/\.[^.]*$/, "") + ".decisions.json"});
    document.body.append(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  // ---------------------------------------------------------------- wiring

  function init() {
    document.title = "vanban review: " + DATA.document.name;
    $("doc-name").textContent = `${DATA.document.name} — ${DATA.title}`;
    renderDocument();
    renderList();
    fillSelect("f-stage", corrections.map((c) => c.stage));
    fillSelect("f-kind", corrections.map((c) => c.kind));
    for (const id of Object.keys(decisions)) if (byId.has(id)) refresh(id);
    applyFilters();
    progress();
    showCurrent();
    for (const id of ["f-status", "f-stage", "f-kind", "f-decision", "f-conf"]) {
      $(id).addEventListener("input", applyFilters);
    }
    $("list").addEventListener("click", (e) => {
      const li = e.target.closest("li[data-id]");
      if (li) select(visible.indexOf(li.dataset.id));
    });
    $("document").addEventListener("click", (e) => {
      const mark = e.target.closest(".corr");
      if (!mark) return;
      let index = visible.indexOf(mark.dataset.id);
      if (index < 0) {  // filtered out: show everything so it can be reviewed
        for (const id of ["f-status", "f-stage", "f-kind", "f-decision"]) $(id).value = "";
        $("f-conf").value = "0";
        applyFilters();
        index = visible.indexOf(mark.dataset.id);
      }
      select(index);
    });
    for (const event of ["mouseover", "focusin"]) {
      $("document").addEventListener(event, (e) => {
        const mark = e.target.closest(".corr");
        if (mark) showTip(mark);
      });
    }
    for (const event of ["mouseout", "focusout"]) {
      $("document").addEventListener(event, (e) => {
        if (e.target.closest(".corr")) $("tip").hidden = true;
      });
    }
    $("export").addEventListener("click", exportDecisions);
    $("help-toggle").addEventListener("click", () => {
      const help = $("help");
      help.hidden = !help.hidden;
      $("help-toggle").setAttribute("aria-expanded", String(!help.hidden));
    });
    $("tab-list").addEventListener("click", () => showTab(false));
    $("tab-conc").addEventListener("click", () => showTab(true));
    document.addEventListener("keydown", (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const tag = e.target.tagName;
      if (tag === "SELECT" || (tag === "INPUT" && e.target.type !== "range")) return;
      const id = current >= 0 ? visible[current] : null;
      switch (e.key) {
        case "n": case "j": case "ArrowDown": select(current + 1); break;
        case "p": case "k": case "ArrowUp": select(current < 0 ? 0 : current - 1); break;
        case "a": if (id) decide([id], "accept"); break;
        case "r": if (id) decide([id], "reject"); break;
        case "u": undo(); break;
        case "c": showTab($("panel-conc").hidden); break;
        case "?": $("help-toggle").click(); break;
        default: return;
      }
      e.preventDefault();
    });
    document.body.dataset.ready = "true";
  }

  init();
})();
