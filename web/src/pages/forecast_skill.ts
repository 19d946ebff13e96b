// Forecast skill after the fact: per issuer and lead, the AQI band and level
// hit rates and the heavy-pollution scores (docs/standards.md §9); what the
// air did during each alert; observed episodes that called for an alert
// (yellow or above) and the alert in force, those without one marked.
import { skill } from "../alert_api";
import { h } from "../dom";
import { t } from "../i18n";
import { num, picker, setQuery } from "../pickers";
import { levelCell } from "./alerts";
import { periodOptions } from "./alert_history";

const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);

function table(id: string, headers: string[], rows: HTMLElement[]): HTMLElement {
  return h("table", { id }, h("thead", {}, h("tr", {}, ...headers.map((x) => h("th", {}, x)))), h("tbody", {}, ...rows));
}

export async function renderSkill(root: HTMLElement, period: string): Promise<void> {
  const a = t().alerts;
  const r = await skill(period);
  root.append(
    h("h2", { id: "page-title" }, a.skill),
    h("div", { class: "pickers" }, picker("period-picker", a.period, periodOptions(), period, (v) => setQuery("period", v))),
    h("section", { class: "card" },
      table("skill-table", [a.issuer, a.lead, "n", a.band, a.levelRate, a.pod, a.far, a.ts, a.bias, a.mae],
        r.skill.map((s) => h("tr", { "data-issuer": s.issuer, "data-lead": String(s.lead_days) },
          h("td", {}, s.issuer), h("td", { class: "num" }, String(s.lead_days)), h("td", { class: "num" }, String(s.n)),
          h("td", { class: "num" }, pct(s.band_rate)), h("td", { class: "num" }, pct(s.level_rate)),
          h("td", { class: "num" }, pct(s.pod)), h("td", { class: "num" }, pct(s.far)), h("td", { class: "num" }, num(s.ts, 2)),
          h("td", { class: "num" }, num(s.bias, 1)), h("td", { class: "num" }, num(s.mae, 1)))))),
    h("section", { class: "card" }, h("h3", {}, a.hindsight),
      table("hindsight-table", [t().city, a.issuedAt, a.level, a.over200, a.maxObserved],
        r.alerts.map((x) => h("tr", { "data-code": x.city, class: x.days_over_200 === 0 ? "bad" : "" },
          h("td", {}, x.name), h("td", {}, `${x.alert.issued_at.slice(0, 16)} – ${x.alert.lifted_at?.slice(0, 16) ?? "…"}`),
          levelCell(x.alert.max_level), h("td", { class: "num" }, `${x.days_over_200} / ${x.observed_days}`),
          h("td", { class: "num" }, String(x.max_observed)))))),
    h("section", { class: "card" }, h("h3", {}, a.episodes),
      table("episode-table", [t().city, a.period, a.level, a.over200, a.maxObserved, a.alertLevel],
        r.episodes.filter((e) => e.level !== "none").map((e) => h("tr", { "data-code": e.city, class: e.alert_level === "none" ? "bad" : "" },
          h("td", {}, e.name), h("td", {}, `${e.start} – ${e.end}`), levelCell(e.level),
          h("td", { class: "num" }, String(e.days_over_200)), h("td", { class: "num" }, String(e.max_aqi)),
          levelCell(e.alert_level))))),
  );
}
