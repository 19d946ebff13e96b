// Alert history of a period: per city the alerts, alert days, the longest run
// of alert days and alerts re-issued within 24 h of a lift (the plan warns
// against alerts kept on regardless of the weather), every alert, and the
// regional prompts raised in the period with their responses.
import { alertHistory, prompts } from "../alert_api";
import { MONTHS } from "../campaign_api";
import { h } from "../dom";
import { t } from "../i18n";
import { picker, setQuery } from "../pickers";
import { levelCell, promptCards } from "./alerts";

export function periodOptions(): [string, string][] {
  const phases = t().phases as Record<string, string>;
  return [["season", phases.season], ["2020Q4", phases["2020Q4"]], ["2021Q1", phases["2021Q1"]],
    ...MONTHS.map((m): [string, string] => [m, m])];
}

export async function renderAlertHistory(root: HTMLElement, period: string): Promise<void> {
  const a = t().alerts;
  const [data, all] = await Promise.all([alertHistory(period, null), prompts(null)]);
  const inPeriod = all.prompts.filter((p) => period === "season" || p.raised_at.startsWith(period) ||
    (period === "2020Q4" && p.raised_at < "2021") || (period === "2021Q1" && p.raised_at >= "2021"));
  const cities = data.cities.filter((c) => c.count.alerts > 0 || c.count.alert_days > 0)
    .sort((x, y) => y.count.alert_days - x.count.alert_days);
  const head = h("tr", {}, ...[t().city, a.alertsCount, a.alertDays, a.longest, a.backToBack, a.issuedAt, a.level]
    .map((x) => h("th", {}, x)));
  const rows = cities.flatMap((c) => c.alerts.map((p, i) =>
    h("tr", { "data-code": c.city },
      h("td", {}, i === 0 ? c.name : ""),
      h("td", { class: "num" }, i === 0 ? String(c.count.alerts) : ""),
      h("td", { class: "num" }, i === 0 ? String(c.count.alert_days) : ""),
      h("td", { class: "num" }, i === 0 ? String(c.count.longest_run) : ""),
      h("td", { class: "num" }, i === 0 ? String(c.count.back_to_back) : ""),
      h("td", {}, `${p.issued_at.slice(0, 16)} – ${p.lifted_at ? p.lifted_at.slice(0, 16) : "…"}`),
      levelCell(p.max_level))));
  root.append(
    h("h2", { id: "page-title" }, a.history),
    h("div", { class: "pickers" }, picker("period-picker", a.period, periodOptions(), period, (v) => setQuery("period", v))),
    h("section", { class: "card" },
      cities.length ? h("table", { id: "history-table" }, h("thead", {}, head), h("tbody", {}, ...rows))
        : h("p", { id: "history-table", class: "muted" }, a.noAlerts)),
    h("section", { class: "card" }, h("h3", {}, a.prompts), promptCards(inPeriod)),
  );
}
