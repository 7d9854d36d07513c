/* Dyad view: stacked timeline with a brush; the brush filters the breakdowns and the event list
   (fetched from /dyad/data.json) and rewrites the address so the selection is shareable. */
"use strict";
(function () {
  const C = window.Communique;
  const params = C.readJSON("dyad-params");
  let data = C.readJSON("dyad-data");
  const timelineDiv = document.getElementById("timeline");
  const labels = params.quad_labels;

  function periodQuery(from, to) {
    const q = new URLSearchParams(data.query_base);
    if (from) q.set("date_from", from);
    if (to) q.set("date_to", to);
    return q.toString();
  }

  function drawTimeline() {
    if (!window.Plotly) return;
    const x = data.timeline.map((r) => r.start);
    // Each bar spans its whole week/month, so a brushed range maps onto the periods it covers.
    const period = params.interval === "month"
      ? { xperiod: "M1", xperiodalignment: "middle" }
      : { xperiod: 7 * 24 * 3600 * 1000, xperiod0: "2000-01-03", xperiodalignment: "middle" };
    const traces = [1, 2, 3, 4].map((k) => ({
      type: "bar", name: k + ": " + labels[k], x: x,
      y: data.timeline.map((r) => r.quad[String(k)] || 0),
      // "overlay" keeps the class colour under the hatching (the default fill would be transparent).
      marker: { color: C.QUAD_COLORS[k], pattern: { shape: C.QUAD_PATTERNS[k], fillmode: "overlay", fgcolor: k === 3 ? "#1c1f23" : "#ffffff", solidity: 0.3 } },
      ...period,
      hovertemplate: "%{x}: %{y} " + labels[k] + "<extra></extra>",
    }));
    traces.push({
      type: "scatter", mode: "lines+markers", name: "net Goldstein", x: x, yaxis: "y2",
      y: data.timeline.map((r) => r.goldstein), line: { color: "#1c1f23", width: 2 }, ...period,
      hovertemplate: "%{x}: net Goldstein %{y:.1f}<extra></extra>",
    });
    const layout = {
      barmode: "stack", bargap: 0.12, dragmode: "select", selectdirection: "h", hovermode: "x unified",
      margin: { l: 50, r: 50, t: 10, b: 40 }, legend: { orientation: "h", y: -0.2 },
      xaxis: { type: "date" }, yaxis: { title: { text: "events" }, rangemode: "tozero" },
      yaxis2: { title: { text: "net Goldstein" }, overlaying: "y", side: "right", zeroline: true, showgrid: false },
    };
    if (params.date_from || params.date_to) {
      layout.shapes = [{
        type: "rect", xref: "x", yref: "paper", y0: 0, y1: 1, fillcolor: "#f0a400", opacity: 0.15, line: { width: 0 },
        x0: params.date_from || x[0], x1: params.date_to || x[x.length - 1],
      }];
    }
    Plotly.react(timelineDiv, traces, layout, { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["lasso2d"] });
  }

  function drawPanels() {
    C.barChart(document.getElementById("by-root"), data.by_root);
    C.barChart(document.getElementById("by-topic"), data.by_topic.map((r) => ({ ...r, key: "" })));
    for (const [id, rows, key] of [["by-root-list", data.by_root, "cameo_root"], ["by-topic-list", data.by_topic, "topic"]]) {
      const ul = document.getElementById(id);
      ul.replaceChildren(...rows.map((r) => C.el("li", {}, [
        C.el("a", { href: "/search?" + data.query + "&" + key + "=" + encodeURIComponent(r.key), text: (key === "topic" ? r.label : r.key + " " + r.label) }),
        ": " + r.events,
      ])));
    }
    const list = document.getElementById("event-list");
    list.replaceChildren(C.eventsTable(data.events, "Events of the dyad in the selected period", labels));
    document.getElementById("selection").textContent = data.summary;
    document.getElementById("more").textContent = data.more ? "Showing the latest " + data.events.length + "; the download has them all." : "";
    document.getElementById("dl-csv").href = "/export.csv?" + data.query;
    document.getElementById("dl-jsonl").href = "/export.jsonl?" + data.query;
    document.getElementById("in-search").href = "/search?" + data.query;
  }

  async function select(from, to) {
    params.date_from = from; params.date_to = to;
    const query = periodQuery(from, to);
    const shown = new URLSearchParams(query);
    if (params.interval !== "month") shown.set("interval", params.interval);
    history.replaceState(null, "", "/dyad?" + shown.toString());
    for (const name of ["date_from", "date_to"]) {
      const input = document.querySelector("input[name=" + name + "]");
      if (input) input.value = name === "date_from" ? (from || "") : (to || "");
    }
    document.getElementById("selection").textContent = "Loading…";
    const response = await fetch("/dyad/data.json?" + shown.toString(), { headers: { Accept: "application/json" } });
    if (!response.ok) { document.getElementById("selection").textContent = "Could not load the selection (" + response.status + ")."; return; }
    data = await response.json();
    drawPanels();
    drawTimeline();
  }

  function day(value) { return String(value).slice(0, 10); }

  if (window.Plotly && timelineDiv) {
    drawTimeline();
    drawPanels();
    timelineDiv.on("plotly_selected", (ev) => {
      if (ev && ev.range && ev.range.x) select(day(ev.range.x[0]), day(ev.range.x[1]));
    });
    timelineDiv.on("plotly_deselect", () => select(null, null));
  }
  window.CommuniqueDyad = { select };
})();
