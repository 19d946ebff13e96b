// The alert centre: a moment to look at (default: the newest forecast run),
// the map of cities by the alert level in force, every city's status (lead
// time, what the latest forecast calls for, unsupported alerts, the phase's
// counts), the timeline of each city's alerts, and the regional prompts of the
// last week with each named city's response (all of them: the history page).
import { publicLatest } from "../api";
import { ALERT_COLORS, CityAlert, CityHistory, Level, Prompt, alertHistory, alerts, forecastRuns, prompts } from "../alert_api";
import { chart } from "../charts";
import { h } from "../dom";
import { lang, t } from "../i18n";
import { setQuery } from "../pickers";

export const levelName = (l: Level) => t().alerts.levels[l];

export function levelCell(l: Level): HTMLElement {
  const td = h("td", { class: "level", "data-level": l }, levelName(l));
  td.style.background = ALERT_COLORS[l];
  td.style.color = l === "red" || l === "blue" || l === "orange" ? "#ffffff" : "#222222";
  return td;
}

// The moment to show: ?at=, else the issue time of the newest forecast run.
export async function defaultAt(at: string | null): Promise<string | null> {
  if (at) return at;
  const runs = (await forecastRuns()).runs;
  return runs.length ? runs[runs.length - 1].issued_at.slice(0, 16) : null;
}

export function atPicker(value: string | null): HTMLElement {
  const input = h("input", { id: "alert-at", type: "datetime-local" });
  if (value) input.value = value.replace(" ", "T").slice(0, 16);
  input.addEventListener("change", () => {
    if (input.value) setQuery("at", input.value.replace("T", " "));
  });
  return h("label", { class: "picker" }, t().alerts.at + " ", input);
}

async function renderMap(el: HTMLElement, cities: CityAlert[]): Promise<void> {
  const where = new Map((await publicLatest()).cities.map((c) => [c.code, c]));
  const located = cities.filter((c) => where.get(c.city)?.lat != null);
  chart(
    el,
    {
      animation: false,
      tooltip: {
        formatter: (p: any) => {
          const c = p.data.alert as CityAlert;
          return `${c.name}<br/>${t().alerts.level}: ${levelName(c.level)}<br/>${t().alerts.called}: ${levelName(c.called)}`;
        },
      },
      grid: { left: 50, right: 20, top: 20, bottom: 40 },
      xAxis: { type: "value", min: 106, max: 120, name: lang() === "zh" ? "经度" : "lon", splitLine: { show: false } },
      yAxis: { type: "value", min: 33, max: 41.5, name: lang() === "zh" ? "纬度" : "lat", splitLine: { show: false } },
      series: [
        {
          type: "scatter",
          symbolSize: (_: unknown, p: any) => (p.data.alert.level === "none" ? 9 : 18),
          data: located.map((c) => {
            const u = where.get(c.city)!;
            return {
              value: [u.lon, u.lat],
              alert: c,
              name: c.name,
              itemStyle: { color: ALERT_COLORS[c.level], borderColor: c.unsupported ? "#000" : "#333", borderWidth: c.unsupported ? 3 : 0.5 },
            };
          }),
          label: { show: true, position: "right", formatter: "{b}", fontSize: 10 },
        },
      ],
    },
    located.length,
  );
}

function statusTable(cities: CityAlert[]): HTMLElement {
  const shown = cities.filter((c) => c.state !== "none" || c.called !== "none" || c.count.alerts > 0);
  if (!shown.length) return h("p", { id: "alert-table", class: "muted" }, t().alerts.noAlerts);
  const a = t().alerts;
  const head = h("tr", {}, ...[t().city, a.state, a.level, a.issuedAt, a.leadTime, a.called, a.alertsCount, a.alertDays, a.longest]
    .map((x) => h("th", {}, x)));
  const rows = shown.map((c) =>
    h("tr", { "data-code": c.city, "data-unsupported": String(c.unsupported) },
      h("td", {}, c.name),
      h("td", {}, a.states[c.state]),
      levelCell(c.level),
      h("td", {}, c.issued_at.slice(0, 16) || "—"),
      h("td", { class: c.lead_time === "late" ? "bad" : "" }, c.lead_time ? a.leads[c.lead_time] : "—"),
      h("td", {}, levelName(c.called), c.unsupported ? h("span", { class: "bad flag" }, ` ⚠ ${a.unsupported}`) : ""),
      h("td", { class: "num" }, String(c.count.alerts)),
      h("td", { class: "num" }, String(c.count.alert_days)),
      h("td", { class: "num" }, String(c.count.longest_run))));
  return h("table", { id: "alert-table" }, h("thead", {}, head), h("tbody", {}, ...rows));
}

function renderTimeline(el: HTMLElement, history: CityHistory[], at: string): void {
  const withAlerts = history.filter((c) => c.alerts.length);
  const names = withAlerts.map((c) => c.name);
  const time = (s: string) => new Date(s.replace(" ", "T") + "+08:00").getTime();
  const data = withAlerts.flatMap((c, i) =>
    c.alerts.map((p) => ({
      value: [i, time(p.issued_at), time(p.lifted_at ?? at), p.max_level],
      itemStyle: { color: ALERT_COLORS[p.max_level] },
    })));
  el.style.height = `${Math.max(160, 40 + 28 * names.length)}px`;
  chart(
    el,
    {
      animation: false,
      tooltip: {
        formatter: (p: any) => {
          const c = withAlerts[p.value[0]];
          const d = (ms: number) => new Date(ms + 8 * 3600e3).toISOString().slice(0, 16).replace("T", " ");
          return `${c.name}<br/>${levelName(p.value[3])}<br/>${d(p.value[1])} – ${d(p.value[2])}`;
        },
      },
      grid: { left: 90, right: 20, top: 10, bottom: 30 },
      xAxis: { type: "time" },
      yAxis: { type: "category", data: names },
      series: [
        {
          type: "custom",
          renderItem: (_: unknown, api: any) => {
            const start = api.coord([api.value(1), api.value(0)]);
            const end = api.coord([api.value(2), api.value(0)]);
            const height = api.size([0, 1])[1] * 0.6;
            return {
              type: "rect",
              shape: { x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height },
              style: api.style(),
            };
          },
          encode: { x: [1, 2], y: 0 },
          data,
        },
      ],
    },
    data.length,
  );
}

export function promptCards(list: Prompt[]): HTMLElement {
  const a = t().alerts;
  if (!list.length) return h("p", { id: "prompts", class: "muted" }, a.noPrompts);
  return h("div", { id: "prompts" }, ...list.map((p) =>
    h("div", { class: "prompt", "data-id": String(p.id) },
      h("p", {}, h("strong", {}, `${p.region} · ${levelName(p.level)}`),
        ` ${p.episode_start} – ${p.episode_end} · ${a.deadline} ${p.deadline.slice(0, 16)}`, p.note ? ` · ${p.note}` : ""),
      h("table", { class: "prompt-cities" },
        h("thead", {}, h("tr", {}, ...[t().city, a.response, a.issuedAt, a.level].map((x) => h("th", {}, x)))),
        h("tbody", {}, ...p.cities.map((c) =>
          h("tr", { "data-code": c.city, "data-response": c.response },
            h("td", {}, c.name + (c.border ? " *" : "")),
            h("td", { class: c.response === "on-time" ? "good" : c.response === "pending" ? "" : "bad" }, a.responses[c.response]),
            h("td", {}, c.responded_at.slice(0, 16) || "—"),
            levelCell(c.level_issued))))))));
}

// Prompts whose episode has not ended more than a week before `at`, newest first.
function recent(list: Prompt[], at: string): Prompt[] {
  const weekBefore = new Date(new Date(at.slice(0, 10) + "T00:00:00Z").getTime() - 7 * 86400e3).toISOString().slice(0, 10);
  return list.filter((p) => p.episode_end >= weekBefore && p.raised_at <= at).reverse();
}

export async function renderAlerts(root: HTMLElement, requested: string | null): Promise<void> {
  const at = await defaultAt(requested);
  const [status, history, open] = await Promise.all([alerts(at), alertHistory("season", at), prompts(at)]);
  const mapEl = h("div", { class: "chart map", id: "alert-map" });
  const timelineEl = h("div", { class: "chart", id: "alert-timeline" });
  root.append(
    h("h2", { id: "page-title" }, `${t().alerts.centre} · ${status.at.slice(0, 16)}`),
    h("div", { class: "pickers" }, atPicker(at)),
    h("section", { class: "card" }, h("h3", {}, t().alerts.map), mapEl),
    h("section", { class: "card" }, h("h3", {}, t().alerts.table), statusTable(status.cities)),
    h("section", { class: "card" }, h("h3", {}, t().alerts.timeline), timelineEl),
    h("section", { class: "card" }, h("h3", {}, t().alerts.prompts), promptCards(recent(open.prompts, status.at))),
  );
  await renderMap(mapEl, status.cities);
  renderTimeline(timelineEl, history.cities, status.at);
}
