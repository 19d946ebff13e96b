// Rankings of a month or phase by composite index (城市环境空气质量排名技术规定):
// the table of every unit with its index, PM2.5 and their change, the chart of
// the index, and the best and worst ten.
import { MONTHS, PHASES, Ranking, RankedCity, rankings } from "../campaign_api";
import { chart } from "../charts";
import { h } from "../dom";
import { t } from "../i18n";
import { num, percent, picker, setQuery, unitName } from "../pickers";

export function rankingChart(el: HTMLElement, r: Ranking): void {
  const ranked = r.cities.filter((c) => c.ranked && c.index.index !== null)
    .sort((a, b) => (a.rank_index ?? 0) - (b.rank_index ?? 0));
  const worst = new Set(r.worst);
  chart(el, {
    animation: false,
    tooltip: { trigger: "axis" },
    grid: { left: 45, right: 20, top: 20, bottom: 80 },
    xAxis: { type: "category", data: ranked.map(unitName), axisLabel: { rotate: 60, fontSize: 10 } },
    yAxis: { type: "value", name: t().index },
    series: [{ type: "bar", data: ranked.map((c) => ({ value: c.index.index,
      itemStyle: { color: worst.has(c.code) ? "#d9534f" : r.best.includes(c.code) ? "#2e8b57" : "#1f5fa8" } })) }],
  }, ranked.length);
}

function row(c: RankedCity): HTMLElement {
  return h("tr", { "data-code": c.code, class: c.ranked ? "" : "muted" },
    h("td", { class: "num rank" }, c.ranked ? num(c.rank_index) : "—"),
    h("td", {}, unitName(c)),
    h("td", { class: "num" }, num(c.index.index, 2)),
    h("td", {}, c.index.largest ?? "—"),
    h("td", { class: "num" }, num(c.pm25)),
    h("td", { class: "num" }, percent(c.index_change_percent)),
    h("td", { class: "num" }, percent(c.pm25_change_percent)),
    h("td", { class: "num" }, num(c.rank_index_change)),
    h("td", {}, c.ranked ? "" : `${t().notRanked}: ${c.not_ranked_reason}`));
}

export function rankingTable(r: Ranking): HTMLElement {
  const sorted = [...r.cities].sort((a, b) => (a.rank_index ?? 1e9) - (b.rank_index ?? 1e9));
  const head = [t().rank, t().city, t().index, t().largest, "PM2.5", t().indexChange, t().pm25Change,
    `${t().indexChange} ${t().rank}`, ""];
  return h("table", { id: "ranking-table" },
    h("thead", {}, h("tr", {}, ...head.map((x) => h("th", {}, x)))),
    h("tbody", {}, ...sorted.map(row)));
}

export function bestWorst(r: Ranking): HTMLElement {
  const names = (codes: string[]) => codes.map((code) => r.cities.find((c) => c.code === code))
    .filter((c): c is RankedCity => !!c).map(unitName).join("、") || "—";
  return h("div", { class: "best-worst" },
    h("p", { id: "best-ten" }, h("strong", {}, `${t().best}: `), names(r.best)),
    h("p", { id: "worst-ten" }, h("strong", {}, `${t().worst}: `), names(r.worst)));
}

export async function renderRankings(root: HTMLElement, period: string, group: string): Promise<void> {
  const r = await rankings(period, group);
  const chartEl = h("div", { class: "chart", id: "ranking-chart" });
  const periods: [string, string][] = [...MONTHS.map((m): [string, string] => [m, m]),
    ...PHASES.map((p): [string, string] => [p, (t().phases as Record<string, string>)[p]])];
  root.append(
    h("h2", { id: "page-title" }, `${t().nav.rankings} · ${period} · ${(t().groups as Record<string, string>)[group] ?? group}`),
    r.synthetic ? h("p", { class: "synthetic", id: "synthetic" }, t().synthetic) : "",
    h("div", { class: "pickers" },
      picker("period-picker", t().month, periods, period, (v) => setQuery("period", v)),
      picker("group-picker", t().group, Object.entries(t().groups), group, (v) => setQuery("group", v))),
    h("p", { class: "muted" }, `${r.period.from} – ${r.period.to}`),
    bestWorst(r),
    h("section", { class: "card" }, h("h3", {}, t().rankChart), chartEl),
    h("section", { class: "card table-wrap" }, rankingTable(r)),
  );
  rankingChart(chartEl, r);
}
