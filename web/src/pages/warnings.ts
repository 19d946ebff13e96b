// Warning-letter candidates of a quarter (plan （二十二）), each with its reasons.
import { Warnings, warnings } from "../campaign_api";
import { h } from "../dom";
import { lang, t } from "../i18n";
import { picker, setQuery, unitName } from "../pickers";

export function warningList(w: Warnings): HTMLElement {
  if (!w.candidates.length) return h("p", { id: "warning-list", class: "muted" }, t().noWarnings);
  return h("ul", { id: "warning-list", class: "warnings" }, ...w.candidates.map((c) =>
    h("li", { "data-code": c.code },
      h("strong", {}, `${unitName(c)}（${c.province_zh}）`),
      h("ul", {}, ...c.reasons.map((r) => h("li", { "data-kind": r.kind }, lang() === "zh" ? r.text_zh : r.text_en))))));
}

export async function renderWarnings(root: HTMLElement, quarter: string): Promise<void> {
  const w = await warnings(quarter);
  root.append(
    h("h2", { id: "page-title" }, `${t().candidates} · ${(t().phases as Record<string, string>)[quarter] ?? quarter}`),
    w.synthetic ? h("p", { class: "synthetic", id: "synthetic" }, t().synthetic) : "",
    h("div", { class: "pickers" },
      picker("quarter-picker", t().phase, ["2020Q4", "2021Q1"].map((p) => [p, (t().phases as Record<string, string>)[p]]),
        quarter, (v) => setQuery("quarter", v))),
    h("p", { class: "muted" }, `${t().asOf} ${w.as_of}: ${w.candidates.length} / ${w.cities_assessed}`),
    h("section", { class: "card" }, warningList(w)),
  );
}
