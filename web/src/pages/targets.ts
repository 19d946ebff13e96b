// The target board: each city's progress against its PM2.5 and heavy-day
// targets of a phase, the mean its remaining days may not exceed, the projected
// outcome, and the cities at risk highlighted; regions and provinces below.
import { Assessment, AreaAssessment, CityAssessment, PHASES, assessment } from "../campaign_api";
import { chart } from "../charts";
import { h } from "../dom";
import { t } from "../i18n";
import { num, percent, picker, setQuery, unitName } from "../pickers";

function statusCell(status: string): HTMLElement {
  const label = (t().statuses as Record<string, string>)[status] ?? status;
  return h("td", { class: `status ${status}` }, label);
}

function allowance(c: CityAssessment): string {
  const p = c.progress;
  if (!p.target || p.final) return "—";
  if (p.pm25_status === "already-missed") return t().alreadyMissed;
  return num(p.pm25_allowance, 1);
}

function cityRow(c: CityAssessment): HTMLElement {
  const p = c.progress;
  const proj = p.projected_pm25;
  const projected = proj && proj.value !== null ? `${num(proj.value, 1)} (${num(proj.low, 1)}–${num(proj.high, 1)})` : "—";
  const pm25 = p.pm25 === null ? "—" : p.pm25_with_dust !== null && p.pm25_with_dust !== p.pm25
    ? `${num(p.pm25)} (${t().withDust} ${num(p.pm25_with_dust)})` : num(p.pm25);
  return h("tr", { "data-code": c.code, class: p.at_risk ? "at-risk" : "" },
    h("td", {}, unitName(c), p.incomplete_months.length
      ? h("span", { class: "incomplete", title: `${t().incomplete}: ${p.incomplete_months.join(", ")}` }, " ⚠") : ""),
    h("td", { class: "num" }, num(p.target?.pm25_target ?? null)),
    h("td", { class: "num" }, pm25),
    h("td", { class: "num" }, percent(p.pm25_change_percent)),
    h("td", { class: "num" }, percent(p.required_change_percent)),
    h("td", { class: "num allowance" }, allowance(c)),
    h("td", { class: "num" }, `${p.heavy_days} / ${p.target ? p.target.heavy_days_target : "—"}`),
    h("td", { class: "num" }, projected),
    statusCell(p.pm25_status),
    statusCell(p.heavy_status),
    h("td", {}, (t().outcome as Record<string, string>)[c.verdict.outcome] ?? c.verdict.outcome));
}

function areaTable(id: string, title: string, kind: string, areas: AreaAssessment[]): HTMLElement | string {
  if (!areas.length) return "";
  const rows = areas.map((a) => h("tr", { "data-code": a.code },
    h("td", {}, a.name),
    h("td", { class: "num" }, String(a.cities)),
    h("td", { class: "num" }, num(a.pm25)),
    h("td", { class: "num" }, percent(a.pm25_change_percent)),
    h("td", { class: "num" }, num(a.projected_pm25, 1)),
    h("td", { class: "num" }, num(a.pm25_target)),
    h("td", { class: "num" }, String(a.at_risk_cities))));
  return h("section", { class: "card" }, h("h3", {}, title), h("table", { id },
    h("thead", {}, h("tr", {}, ...[kind, "n", t().pm25Now, t().change, t().projected, t().pm25Target, t().atRiskCount]
      .map((x) => h("th", {}, x)))),
    h("tbody", {}, ...rows)));
}

function boardChart(el: HTMLElement, a: Assessment): void {
  const cities = a.cities.filter((c) => c.progress.target && c.progress.pm25 !== null);
  chart(el, {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: [t().pm25Now, t().pm25Target] },
    grid: { left: 45, right: 20, top: 35, bottom: 80 },
    xAxis: { type: "category", data: cities.map(unitName), axisLabel: { rotate: 60, fontSize: 10 } },
    yAxis: { type: "value", name: "µg/m³" },
    series: [
      { name: t().pm25Now, type: "bar",
        data: cities.map((c) => ({ value: c.progress.pm25, itemStyle: { color: c.progress.at_risk ? "#d9534f" : "#1f5fa8" } })) },
      { name: t().pm25Target, type: "scatter", symbol: "rect", symbolSize: [14, 3], itemStyle: { color: "#222" },
        data: cities.map((c) => c.progress.target!.pm25_target) },
    ],
  }, cities.length);
}

function asOfPicker(value: string): HTMLElement {
  const input = h("input", { id: "as-of-picker", type: "date", value });
  input.addEventListener("change", () => setQuery("as_of", input.value));
  return h("label", { class: "picker" }, t().asOf + " ", input);
}

export async function renderTargets(root: HTMLElement, phase: string, asOf: string | null): Promise<void> {
  const a = await assessment(phase, asOf);
  const chartEl = h("div", { class: "chart", id: "board-chart" });
  const head = [t().city, t().pm25Target, t().pm25Now, t().change, t().required, t().allowance,
    `${t().heavyNow} / ${t().heavyTarget}`, t().projected, `${t().status} PM2.5`, `${t().status} ${t().heavyNow}`, t().verdict];
  const atRisk = a.cities.filter((c) => c.progress.at_risk).length;
  root.append(
    h("h2", { id: "page-title" }, `${t().nav.targets} · ${(t().phases as Record<string, string>)[phase] ?? phase}`),
    a.synthetic ? h("p", { class: "synthetic", id: "synthetic" }, t().synthetic) : "",
    h("div", { class: "pickers" },
      picker("phase-picker", t().phase, PHASES.map((p) => [p, (t().phases as Record<string, string>)[p]]), phase,
        (v) => setQuery("phase", v)),
      asOfPicker(a.as_of)),
    h("p", { class: "muted" }, `${a.period.from} – ${a.period.to}, ${t().asOf} ${a.as_of} · ${t().atRiskCount}: `,
      h("strong", { id: "at-risk-count" }, String(atRisk))),
    h("section", { class: "card" }, h("h3", {}, t().boardChart), chartEl),
    h("section", { class: "card table-wrap" }, h("table", { id: "target-board" },
      h("thead", {}, h("tr", {}, ...head.map((x) => h("th", {}, x)))),
      h("tbody", {}, ...a.cities.map(cityRow)))),
    areaTable("region-table", t().regions, t().region, a.regions),
    areaTable("province-table", t().provinces, t().provinces, a.provinces),
  );
  boardChart(chartEl, a);
}
