/* Helpers shared by the dashboard pages. DOM is built with textContent only: values from the
   store (article text, actor names) never pass through innerHTML. */
"use strict";
window.Communique = (function () {
  const QUAD_COLORS = { 1: "#3a78b8", 2: "#1b5e9e", 3: "#e08b3a", 4: "#b3261e" };
  // Patterns make the quad classes readable without colour (print, colour blindness).
  const QUAD_PATTERNS = { 1: "", 2: "/", 3: ".", 4: "x" };

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") node.textContent = String(v);
      else node.setAttribute(k, String(v));
    }
    for (const child of children || []) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function readJSON(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function actorUrl(id) {
    return "/actors/" + encodeURIComponent(id).replace(/%3A/g, ":");
  }

  function actorCell(ref) {
    const td = el("td");
    if (!ref) { td.append(el("span", { class: "muted", text: "—" })); return td; }
    const name = ref.name || ref.text || "?";
    td.append(ref.actor_id ? el("a", { href: actorUrl(ref.actor_id), text: name }) : document.createTextNode(name));
    if (ref.country) td.append(" ", el("span", { class: "muted", text: "(" + ref.country + ")" }));
    return td;
  }

  function eventsTable(events, caption, quadLabels) {
    const head = ["Date", "Source", "Event", "Target", "Class", "Goldstein", "Evidence"];
    const tbody = el("tbody");
    for (const e of events) {
      const link = el("a", { href: "/events/" + encodeURIComponent(e.event_id), text: e.cameo + " " + (e.cameo_label || "") });
      const evCell = el("td", {}, [link]);
      if (e.modality && e.modality !== "asserted") evCell.append(" ", el("span", { class: "tag", text: e.modality }));
      const sentence = (e.sentence || "").length > 160 ? e.sentence.slice(0, 157) + "..." : (e.sentence || "");
      tbody.append(el("tr", {}, [
        el("td", { text: e.date || "—" }),
        actorCell(e.source),
        evCell,
        actorCell(e.target),
        el("td", {}, [el("span", { class: "quad quad-" + e.quad_class, text: quadLabels[e.quad_class] || "?" })]),
        el("td", { class: "num", text: Number(e.goldstein || 0).toFixed(1) }),
        el("td", { class: "evidence", text: sentence }),
      ]));
    }
    if (!events.length) tbody.append(el("tr", {}, [el("td", { colspan: 7, class: "muted", text: "No events match." })]));
    const table = el("table", { class: "events" }, [
      el("caption", { text: caption }),
      el("thead", {}, [el("tr", {}, head.map((h) => el("th", { scope: "col", text: h })))]),
      tbody,
    ]);
    return el("div", { class: "table-wrap", role: "region", "aria-label": caption, tabindex: 0 }, [table]);
  }

  function barChart(div, rows, title) {
    if (!window.Plotly || !div) return;
    const sorted = rows.slice(0, 12).reverse();
    Plotly.react(div, [{
      type: "bar", orientation: "h", x: sorted.map((r) => r.events),
      y: sorted.map((r) => (r.key + " " + (r.label || "")).trim()), marker: { color: "#5b6f8a" },
      hovertemplate: "%{y}: %{x}<extra></extra>",
    }], {
      margin: { l: 170, r: 10, t: 10, b: 30 }, height: Math.max(200, 26 * sorted.length + 50),
      xaxis: { title: { text: "events" }, rangemode: "tozero" }, yaxis: { automargin: true },
    }, { displayModeBar: false, responsive: true });
  }

  return { QUAD_COLORS, QUAD_PATTERNS, el, readJSON, actorUrl, eventsTable, barChart };
})();
