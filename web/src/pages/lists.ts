// Emergency lists: every stored version of the cities the user may see, with
// its review status and steps; for one city, the check of its latest version —
// the share of society-wide SO2, NOx, PM and VOCs its measures cut at each
// level against 10 / 20 / 30 %, what is short, and the findings of the rules.
import { ApiError } from "../api";
import { ALERT_COLORS } from "../alert_api";
import { chart } from "../charts";
import { h } from "../dom";
import { t } from "../i18n";
import { LIST_LEVELS, ListCheck, POLLUTANTS, listCheck, listVersions } from "../list_api";
import { picker, setQuery } from "../pickers";

function checkChart(el: HTMLElement, c: ListCheck): void {
  const l = t().lists;
  chart(el, {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 50, right: 80, top: 40, bottom: 30 },
    xAxis: { type: "category", data: [...POLLUTANTS] },
    yAxis: { type: "value", name: "%", max: (v: { max: number }) => Math.max(35, Math.ceil(v.max / 5) * 5) },
    series: LIST_LEVELS.map((level) => ({
      name: t().alerts.levels[level],
      type: "bar",
      itemStyle: { color: ALERT_COLORS[level] },
      data: POLLUTANTS.map((p) => {
        const r = c.levels[level][p].ratio;
        return r === null ? null : Math.round(r * 1000) / 10;
      }),
      markLine: { silent: true, symbol: "none", label: { formatter: `${l.required} {c}%` },
        data: [{ yAxis: c.levels[level].SO2.required * 100 }], lineStyle: { color: ALERT_COLORS[level], type: "dashed" } },
    })),
  }, LIST_LEVELS.length * POLLUTANTS.length);
}

function checkTable(c: ListCheck): HTMLElement {
  const l = t().lists;
  const head = h("tr", {}, ...[t().alerts.level, l.pollutant, l.base, l.reduction, l.ratio, l.required, l.short]
    .map((x) => h("th", {}, x)));
  const rows = LIST_LEVELS.flatMap((level) => POLLUTANTS.map((p) => {
    const x = c.levels[level][p];
    return h("tr", { "data-level": level, "data-pollutant": p, class: x.met ? "" : "at-risk" },
      h("td", {}, t().alerts.levels[level]), h("td", {}, p),
      h("td", { class: "num" }, x.base_t.toFixed(3)), h("td", { class: "num" }, x.reduction_t.toFixed(3)),
      h("td", { class: "num" }, x.ratio === null ? "—" : `${(x.ratio * 100).toFixed(1)}%`),
      h("td", { class: "num" }, `${(x.required * 100).toFixed(0)}%`),
      h("td", { class: x.met ? "num good" : "num bad" }, x.met ? l.met : x.short_t.toFixed(3)));
  }));
  return h("table", { id: "list-check" }, h("thead", {}, head), h("tbody", {}, ...rows));
}

export async function renderLists(root: HTMLElement, requested: string | null): Promise<void> {
  const l = t().lists;
  const versions = (await listVersions()).versions;
  const cities = [...new Set(versions.map((v) => v.city))];
  const city = requested && cities.includes(requested) ? requested : cities[0] ?? null;
  root.append(h("h2", { id: "page-title" }, l.title));
  if (!city) {
    root.append(h("p", { id: "list-versions", class: "muted" }, l.none));
    return;
  }
  root.append(h("div", { class: "pickers" },
    picker("city-picker", t().city, cities.map((c) => [c, c]), city, (v) => setQuery("city", v))));
  const mine = versions.filter((v) => v.city === city);
  root.append(h("section", { class: "card" }, h("h3", {}, l.versions),
    h("table", { id: "list-versions" },
      h("thead", {}, h("tr", {}, ...[l.version, l.status, l.file, l.steps].map((x) => h("th", {}, x)))),
      h("tbody", {}, ...mine.map((v) => h("tr", { "data-version": String(v.version), "data-status": v.status },
        h("td", { class: "num" }, String(v.version)),
        h("td", {}, l.statuses[v.status]),
        h("td", {}, v.file),
        h("td", {}, v.steps.map((s) => `${l.stepNames[s.step as keyof typeof l.stepNames] ?? s.step}${s.comment ? `（${s.comment}）` : ""}`).join(" → ") || "—")))))));
  let check: ListCheck;
  try {
    check = await listCheck(city);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      root.append(h("p", { id: "list-check-missing", class: "muted" }, l.noInventory));
      return;
    }
    throw e;
  }
  const chartEl = h("div", { class: "chart", id: "list-chart" });
  root.append(
    h("section", { class: "card" }, h("h3", {}, `${l.check} · ${l.version} ${mine[mine.length - 1].version}`),
      h("p", { class: "muted" }, `${check.enterprises} / ${check.lines} / ${check.measures} · ${check.inventory_source}`),
      chartEl, checkTable(check)),
    h("section", { class: "card" }, h("h3", {}, `${l.findings} (${check.findings.length})`),
      check.findings.length
        ? h("ul", { id: "list-findings" }, ...check.findings.map((f) =>
          h("li", { "data-rule": f.rule }, `${f.sheet} ${f.row}: ${f.enterprise}${f.line ? " / " + f.line : ""} — ${f.message}`)))
        : h("p", { id: "list-findings", class: "muted" }, l.noFindings)),
  );
  checkChart(chartEl, check);
}
