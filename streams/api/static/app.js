// The live control page: no build step, no third-party code, no network but this service.
"use strict";

const COLOURS = {
  taliban: "#c53030",
  government: "#2b6cb0",
  nrf: "#2f855a",
  contested: "#dd6b20",
  unknown: "#718096",
};
const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 900, HEIGHT = 560, MARGIN = 40;
const DAY_MS = 86400000;

const state = { capitals: [], days: [], selected: null, asOf: null, project: null, refreshTimer: null };

function colour(controller) { return COLOURS[controller] || COLOURS.unknown; }

function el(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}

function html(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

// An equirectangular projection scaled by the cosine of the mean latitude: fine for a country.
function projection(capitals) {
  const lats = capitals.map((c) => c.lat), lons = capitals.map((c) => c.lon);
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const x0 = Math.min(...lons) * k, x1 = Math.max(...lons) * k;
  const y0 = Math.min(...lats), y1 = Math.max(...lats);
  const scale = Math.min((WIDTH - 2 * MARGIN) / (x1 - x0), (HEIGHT - 2 * MARGIN) / (y1 - y0));
  return (lat, lon) => [MARGIN + (lon * k - x0) * scale, HEIGHT - MARGIN - (lat - y0) * scale];
}

function drawDefs(svg) {
  const defs = el("defs");
  const pattern = el("pattern", { id: "hatch", width: 5, height: 5, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" });
  pattern.append(el("rect", { width: 2, height: 5, fill: "#ffffff" }));
  defs.append(pattern);
  svg.append(defs);
}

function drawMap(capitals) {
  const svg = document.getElementById("map");
  svg.replaceChildren();
  drawDefs(svg);
  state.project = projection(capitals);
  for (const c of capitals) {
    const [x, y] = state.project(c.lat, c.lon);
    const group = el("g", { class: "capital", "data-capital": c.capital, tabindex: 0, role: "button" });
    group.append(
      el("circle", { class: "dot", cx: x, cy: y, r: 9 }),
      el("circle", { class: "hatch", cx: x, cy: y, r: 9, fill: "url(#hatch)", visibility: "hidden" }),
      el("circle", { class: "ring", cx: x, cy: y, r: 12 }),
      el("text", { x: x + 12, y: y + 4 }, c.name),
      el("title", {}, c.name),
    );
    group.addEventListener("click", () => select(c.capital));
    group.addEventListener("keydown", (e) => { if (e.key === "Enter") select(c.capital); });
    svg.append(group);
  }
}

function paint(capitals) {
  for (const c of capitals) {
    const group = document.querySelector(`g.capital[data-capital="${c.capital}"]`);
    if (!group) continue;
    group.dataset.controller = c.controller;
    group.dataset.status = c.status;
    group.dataset.stale = String(c.stale);
    group.classList.toggle("claimed", c.status === "claimed");
    group.classList.toggle("disputed", c.status === "disputed");
    group.classList.toggle("stale", c.stale);
    group.classList.toggle("selected", c.capital === state.selected);
    group.querySelector(".dot").setAttribute("fill", colour(c.controller));
    group.querySelector(".hatch").setAttribute("visibility", c.status === "claimed" ? "visible" : "hidden");
    const fresh = c.freshness_s === null ? "baseline, no evidence" : `${Math.round(c.freshness_s / 3600)} h since the last evidence`;
    group.querySelector("title").textContent =
      `${c.name}: ${c.controller} (${c.status}) since ${c.since.slice(0, 10)}; ${c.sources} independent sources; ${fresh}`;
  }
  const counts = {};
  for (const c of capitals) counts[c.controller] = (counts[c.controller] || 0) + 1;
  document.getElementById("summary").textContent =
    Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join(" · ") + ` — ${capitals.length} capitals`;
}

function drawLegend() {
  const legend = document.getElementById("legend");
  legend.replaceChildren();
  for (const [name, fill] of Object.entries(COLOURS)) {
    legend.append(html("li", {}, swatch(fill), ` ${name}`));
  }
  const hatched = swatch(COLOURS.unknown, true);
  legend.append(html("li", {}, hatched, " claimed (hatched)"));
  const outlined = swatch("#fff");
  outlined.querySelector("circle").setAttribute("stroke", "#1a202c");
  outlined.querySelector("circle").setAttribute("stroke-dasharray", "3 2");
  outlined.querySelector("circle").setAttribute("stroke-width", "2");
  legend.append(html("li", {}, outlined, " disputed (outlined)"));
  const faded = swatch(COLOURS.unknown);
  faded.setAttribute("opacity", "0.35");
  legend.append(html("li", {}, faded, " stale (faded)"));
}

function swatch(fill, hatch = false) {
  const svg = el("svg", { width: 16, height: 16, viewBox: "0 0 16 16" });
  if (hatch) drawDefs(svg);
  svg.append(el("circle", { cx: 8, cy: 8, r: 6, fill }));
  if (hatch) svg.append(el("circle", { cx: 8, cy: 8, r: 6, fill: "url(#hatch)" }));
  return svg;
}

function bounds() {
  if (!state.asOf) return "";
  const params = new URLSearchParams({ as_of: state.asOf });
  if (document.getElementById("known-too").checked) params.set("known_at", state.asOf);
  return `?${params}`;
}

async function refresh() {
  const page = await getJSON(`/capitals${bounds()}`);
  state.capitals = page.capitals;
  paint(page.capitals);
  if (!state.asOf) setDays(page.first_event_at, page.last_event_at);
  if (state.selected) await showEvidence(state.selected);
  document.body.dataset.ready = "true";
}

// The slider: one stop per day from the day before the first event to the newest; the last stop is "now".
function setDays(first, last) {
  if (!first || !last) return;
  const start = Date.parse(first.slice(0, 10)) - DAY_MS, end = Date.parse(last.slice(0, 10));
  const days = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  const slider = document.getElementById("slider");
  const atEnd = Number(slider.value) >= days.length - 1 || state.days.length === 0;
  state.days = days;
  slider.max = String(days.length);
  if (atEnd) slider.value = String(days.length);
}

async function onSlide() {
  const index = Number(document.getElementById("slider").value);
  state.asOf = index >= state.days.length ? null : state.days[index];
  document.getElementById("as-of-label").textContent = state.asOf ? `end of ${state.asOf}` : "now";
  await refresh();
}

async function select(capitalId) {
  state.selected = capitalId;
  paint(state.capitals);
  await showEvidence(capitalId);
}

async function showEvidence(capitalId) {
  const page = await getJSON(`/capitals/${encodeURIComponent(capitalId)}/why${bounds()}`);
  const c = page.capital;
  const pane = document.getElementById("evidence");
  pane.dataset.capital = capitalId;
  const claims = html("ul", { class: "claims" });
  for (const claim of c.claims) {
    claims.append(html("li", {}, `${claim.controller}: ${claim.status}, ${claim.sources} independent source(s)` +
      (claim.denied_by.length ? `; denied by ${claim.denied_by.join(", ")}` : "")));
  }
  const steps = html("div", { class: "chain" });
  for (const step of page.chain) {
    steps.append(html("div", { class: "step", "data-event": step.event_id },
      html("div", {}, html("strong", {}, `${step.event_time.slice(0, 10)} ${step.type}`),
        ` by ${step.actor} — ${step.effect}: ${step.before.controller}/${step.before.status} → ${step.after.controller}/${step.after.status}`),
      html("blockquote", {}, step.sentence),
      html("div", { class: "meta" },
        `${step.source || "unknown outlet"}, article ${step.article_id}; ${step.attribution || "the reporter"} (${step.attribution_kind}); ` +
        `${step.modality}; happened ${step.event_time} (${step.time_precision}); reported ${step.reported_at}; ` +
        `processed ${step.processed_at || "?"}`)));
  }
  pane.replaceChildren(
    html("h2", {}, c.name),
    html("p", {}, `${c.controller} (${c.status}) since ${c.since.slice(0, 10)}; ${c.sources} independent source(s); ` +
      (c.freshness_s === null ? "baseline" : `last evidence ${c.last_evidence_at.slice(0, 16)}${c.stale ? " (stale)" : ""}`)),
    html("h3", {}, "Competing claims"), claims,
    html("h3", {}, `Evidence chain (${page.chain.length} events)`), steps,
  );
  if (!page.chain.length) pane.append(html("p", { class: "hint" }, "No event has moved this capital: the theatre's baseline holds."));
}

function listen() {
  const status = document.getElementById("stream-status");
  const source = new EventSource("/transitions/stream");
  source.onopen = () => { status.textContent = "live"; };
  source.onerror = () => { status.textContent = "reconnecting…"; };
  source.addEventListener("transition", (message) => {
    const t = JSON.parse(message.data);
    const list = document.getElementById("live-list");
    list.prepend(html("li", { "data-capital": t.capital },
      `${t.at.slice(0, 10)} ${t.capital_name}: ${t.from_controller} → ${t.to_controller} (${t.to_status})`));
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(() => refresh().catch(console.error), 150);
  });
}

async function main() {
  const page = await getJSON("/capitals");
  document.getElementById("theatre-name").textContent = page.theatre;
  state.capitals = page.capitals;
  drawMap(page.capitals);
  drawLegend();
  document.getElementById("slider").addEventListener("input", () => onSlide().catch(console.error));
  document.getElementById("known-too").addEventListener("change", () => onSlide().catch(console.error));
  listen();
  await refresh();
}

main().catch((error) => { document.getElementById("summary").textContent = `error: ${error.message}`; });
