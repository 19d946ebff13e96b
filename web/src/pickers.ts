// Period and group pickers of the campaign pages: a change rewrites the page's
// hash query, so that every view has a link of its own.
import { disposeCharts } from "./charts";
import { h } from "./dom";
import { lang } from "./i18n";
import { UnitBrief } from "./campaign_api";

export function picker(id: string, label: string, options: [string, string][], value: string,
                       onChange: (v: string) => void): HTMLElement {
  const select = h("select", { id });
  for (const [v, text] of options) {
    const o = h("option", { value: v }, text);
    if (v === value) o.selected = true;
    select.append(o);
  }
  select.addEventListener("change", () => onChange(select.value));
  return h("label", { class: "picker" }, label + " ", select);
}

// Sets `key` of the hash query (#/page?key=value) and so re-renders the page;
// the old page's charts are let go at once.
export function setQuery(key: string, value: string): void {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const q = new URLSearchParams(query);
  if (q.get(key) === value) return;  // the page already shows it
  q.set(key, value);
  disposeCharts();
  location.hash = `#${path}?${q.toString()}`;
}

export function unitName(u: UnitBrief): string {
  return lang() === "zh" ? u.name_zh : u.name_en;
}

export function num(v: number | null | undefined, digits = 0): string {
  return v === null || v === undefined ? "—" : v.toFixed(digits);
}

export function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? "—" : `${v > 0 ? "+" : ""}${v.toFixed(1)}%`;
}
