// The monitoring-network checks (plan （二十）): #/network?as_of= — for each of
// the four checks the cities that pass and those that do not, each with the
// gaps to close (notes, such as a device silent for a week, are shown but do
// not fail the city).
import { h } from "../dom";
import { t } from "../i18n";
import { setQuery } from "../pickers";
import { CheckName, NetworkGap, networkChecks } from "../network_api";

const CHECKS: CheckName[] = ["vocs", "sources", "traffic", "dustfall"];

// The first gaps of a city, the rest counted (the full list is in the API).
function gapList(gaps: NetworkGap[]): HTMLElement {
  const l = t().network;
  const shown = gaps.slice(0, 5).map((g) => h("li", { class: g.note ? "muted" : "bad" }, g.note ? `${l.note}${g.what}` : g.what));
  if (gaps.length > 5) shown.push(h("li", { class: "muted more" }, l.more(gaps.length - 5)));
  return h("ul", { class: "gaps" }, ...shown);
}

export async function renderNetwork(root: HTMLElement, asOf: string): Promise<void> {
  const l = t().network;
  const j = await networkChecks(asOf);
  const day = h("input", { id: "network-as-of", type: "date", value: j.as_of }) as HTMLInputElement;
  day.addEventListener("change", () => setQuery("as_of", day.value));
  root.append(h("h2", { id: "page-title" }, l.title), h("p", { class: "muted" }, l.intro),
    h("div", { class: "pickers" }, h("label", {}, l.asOf, " ", day)));
  for (const name of CHECKS) {
    const rows = j.checks[name];
    const s = j.summary[name];
    root.append(h("section", { class: "card", id: `check-${name}` },
      h("h3", {}, l.checks[name], " ", h("span", { class: `rag ${s.fail ? "red" : "green"}`, "data-fail": String(s.fail) },
        l.passFail(s.pass, s.fail))),
      h("p", { class: "muted" }, l.rules[name]),
      h("table", { class: "network-table" },
        h("thead", {}, h("tr", {}, ...[l.city, l.result, l.have, l.gaps].map((c) => h("th", {}, c)))),
        h("tbody", {}, ...rows.map((c) => h("tr", { "data-city": c.city, "data-pass": String(c.pass) },
          h("td", {}, c.name),
          h("td", {}, h("span", { class: `rag ${c.pass ? "green" : c.overdue ? "red" : "amber"}` },
            c.pass ? l.pass : c.overdue ? l.overdue : l.fail)),
          h("td", {}, `${c.have}/${c.need}`),
          h("td", {}, c.gaps.length ? gapList(c.gaps) : "")))))));
  }
}
