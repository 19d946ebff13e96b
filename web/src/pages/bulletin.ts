// The monthly bulletin as a web page: the ranking with its chart, dust fall
// against 9 t/(month·km²), and for officials the phase's progress and the
// quarter's warning-letter candidates; the same bulletin as an Excel download.
import { Bulletin, MONTHS, bulletin } from "../campaign_api";
import { chart } from "../charts";
import { h } from "../dom";
import { t } from "../i18n";
import { num, picker, setQuery, unitName } from "../pickers";
import { bestWorst, rankingChart, rankingTable } from "./rankings";
import { warningList } from "./warnings";

function dustfallChart(el: HTMLElement, b: Bulletin): void {
  const rows = b.dustfall.filter((d) => d.dustfall !== null);
  chart(el, {
    animation: false,
    tooltip: { trigger: "axis" },
    grid: { left: 45, right: 20, top: 20, bottom: 80 },
    xAxis: { type: "category", data: rows.map(unitName), axisLabel: { rotate: 60, fontSize: 10 } },
    yAxis: { type: "value", name: "t/(km²·30d)" },
    series: [{ type: "bar", data: rows.map((d) => ({ value: d.dustfall, itemStyle: { color: d.exceeds ? "#d9534f" : "#8a6d3b" } })),
      markLine: { silent: true, symbol: "none", data: [{ yAxis: b.dustfall_limit }], lineStyle: { color: "#d9534f" } } }],
  }, rows.length);
}

function progressSummary(b: Bulletin): HTMLElement {
  const a = b.targets!;
  const atRisk = a.cities.filter((c) => c.progress.at_risk);
  return h("div", { id: "bulletin-targets" },
    h("p", {}, `${a.period.name} ${t().asOf} ${a.as_of} · ${t().atRiskCount}: ${atRisk.length} / ${a.cities.length}`),
    atRisk.length ? h("p", { class: "at-risk-list" }, atRisk.map(unitName).join("、")) : "",
    ...a.regions.map((r) => h("p", { "data-code": r.code },
      `${r.name}: PM2.5 ${num(r.pm25)} / ${num(r.pm25_target)} µg/m³`)));
}

export async function renderBulletin(root: HTMLElement, month: string): Promise<void> {
  const b = await bulletin(month);
  const rankEl = h("div", { class: "chart", id: "ranking-chart" });
  const dustEl = h("div", { class: "chart", id: "dustfall-chart" });
  const hasDust = b.dustfall.some((d) => d.dustfall !== null);
  root.append(
    h("h2", { id: "page-title" }, `${t().nav.bulletin} · ${month}`),
    b.synthetic ? h("p", { class: "synthetic", id: "synthetic" }, t().synthetic) : "",
    h("div", { class: "pickers" },
      picker("month-picker", t().month, MONTHS.map((m) => [m, m]), month, (v) => setQuery("month", v)),
      h("a", { id: "bulletin-download", href: `/api/bulletin.xlsx?month=${month}`, download: `lantian-bulletin-${month}.xlsx` },
        t().download)),
    h("section", { class: "card" }, h("h3", {}, t().rankChart), bestWorst(b.ranking), rankEl),
    h("section", { class: "card" }, h("h3", {}, t().dustfallChart),
      hasDust ? dustEl : h("p", { class: "muted", id: "no-dustfall" }, t().noDustfall)),
    b.targets ? h("section", { class: "card" }, h("h3", {}, t().nav.targets), progressSummary(b))
      : h("p", { class: "muted", id: "officials-only" }, t().targetsForOfficials),
    b.warnings ? h("section", { class: "card" }, h("h3", {}, t().candidates), warningList(b.warnings)) : "",
    h("section", { class: "card table-wrap" }, rankingTable(b.ranking)),
  );
  rankingChart(rankEl, b.ranking);
  if (hasDust) dustfallChart(dustEl, b);
}
