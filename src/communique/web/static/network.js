/* Actor network drawn with plotly from server-computed positions; a click opens the actor. */
"use strict";
(function () {
  const C = window.Communique;
  const data = C.readJSON("network-data");
  const div = document.getElementById("network");
  if (!window.Plotly || !div || !data || !data.nodes.length) return;
  const byId = Object.fromEntries(data.nodes.map((n) => [n.id, n]));
  // 24 distinguishable colours (plotly's "Dark24"), so countries rarely share one.
  const palette = ["#2E91E5", "#E15F99", "#1CA71C", "#FB0D0D", "#DA16FF", "#222A2A", "#B68100", "#750D86",
    "#EB663B", "#511CFB", "#00A08B", "#FB00D1", "#FC0080", "#B2828D", "#6C7C32", "#778AAE", "#862A16",
    "#A777F1", "#620042", "#1616A7", "#DA60CA", "#6C4516", "#0D2A63", "#AF0038"];
  const countries = [...new Set(data.nodes.map((n) => n.country || "?"))].sort();
  const colour = (c) => palette[countries.indexOf(c || "?") % palette.length];
  const traces = [];
  for (const [tone, style] of [["cooperation", { color: "#1f5fa8", dash: "solid" }], ["conflict", { color: "#b3261e", dash: "dash" }]]) {
    const edges = data.edges.filter((e) => e.tone === tone);
    for (const e of edges) {
      const a = byId[e.source], b = byId[e.target];
      if (!a || !b) continue;
      traces.push({
        type: "scatter", mode: "lines", x: [a.x, b.x], y: [a.y, b.y], hoverinfo: "skip", showlegend: false,
        line: { color: style.color, dash: style.dash, width: Math.min(1 + Math.log1p(e.weight) * 1.5, 8) }, opacity: 0.6,
      });
    }
  }
  const maxW = Math.max(...data.nodes.map((n) => n.weight), 1);
  // Label only the busiest actors: with every name drawn, a dense core becomes unreadable.
  const labelled = new Set(data.nodes.slice().sort((a, b) => b.weight - a.weight).slice(0, 18).map((n) => n.id));
  for (const country of countries) {
    const nodes = data.nodes.filter((n) => (n.country || "?") === country);
    traces.push({
      type: "scatter", mode: "markers+text", name: country, x: nodes.map((n) => n.x), y: nodes.map((n) => n.y),
      text: nodes.map((n) => (labelled.has(n.id) ? n.name : "")), textposition: "top center",
      customdata: nodes.map((n) => n.id), hovertext: nodes.map((n) => n.name + " (" + country + "): " + n.weight + " event(s)"),
      hovertemplate: "%{hovertext}<extra></extra>",
      marker: { size: nodes.map((n) => 10 + 30 * Math.sqrt(n.weight / maxW)), color: colour(country), line: { color: "#fff", width: 1 } },
    });
  }
  Plotly.newPlot(div, traces, {
    margin: { l: 10, r: 10, t: 10, b: 10 }, hovermode: "closest", legend: { title: { text: "country" } },
    xaxis: { visible: false }, yaxis: { visible: false, scaleanchor: "x" },
  }, { displaylogo: false, responsive: true });
  div.on("plotly_click", (ev) => {
    const point = ev.points && ev.points[0];
    if (point && point.customdata) window.location.href = C.actorUrl(point.customdata);
  });
})();
