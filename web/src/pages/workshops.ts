// The 散乱污 register (plan （十）): #/workshops?city=&status= — per city and
// district the counts and whether it is at dynamic zero, the register with
// each workshop's next step (the server decides who may take it and says why
// not), a form to register a find, the city's leads from the electricity data
// (each can be registered from its account) and the workbook.
import { ApiError, User } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import { picker, setQuery } from "../pickers";
import {
  actOnWorkshop, candidates, findWorkshop, Workshop, workshops, workshopStats, workshopsXlsxUrl,
} from "../workshop_api";

// The steps that follow from a status, with what each asks for.
const NEXT: Record<string, [string, "note" | "evidence"][]> = {
  found: [["assess-close", "note"], ["assess-rectify", "note"]],
  "to-rectify": [["assess-close", "note"], ["accept-rectification", "evidence"]],
  "to-close": [["accept-closure", "evidence"]],
};

function steps(w: Workshop, reload: () => void): HTMLElement {
  const l = t().workshops;
  const cell = h("td", { class: "workshop-actions" });
  for (const [step, needs] of NEXT[w.status] ?? []) {
    const input = h("input", { class: `step-${step}`, placeholder: needs === "note" ? l.note : l.evidence }) as HTMLInputElement;
    const go = h("button", { class: `act-${step}` }, l.steps[step]);
    go.addEventListener("click", async () => {
      try {
        await actOnWorkshop(w.id, step, needs === "note" ? input.value : "", needs === "evidence" ? input.value : "");
        reload();
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        input.setCustomValidity(e.message);
        input.reportValidity();
        go.title = e.message;
        go.classList.add("refused");
      }
    });
    cell.append(input, go);
  }
  return cell;
}

function findForm(city: string, reload: () => void): HTMLElement {
  const l = t().workshops;
  const field = (id: string, placeholder: string, value = "") => h("input", { id, placeholder, value }) as HTMLInputElement;
  const cityInput = field("ws-city", l.city, city), district = field("ws-district", l.district),
    address = field("ws-address", l.address), industry = field("ws-industry", l.industry), what = field("ws-what", l.what);
  const source = h("select", { id: "ws-source" },
    ...Object.entries(l.sources).map(([v, name]) => h("option", { value: v }, name))) as HTMLSelectElement;
  const said = h("span", { id: "ws-message", class: "muted" });
  const go = h("button", { id: "find-workshop" }, l.save);
  go.addEventListener("click", async () => {
    try {
      await findWorkshop({ city: cityInput.value, district: district.value, address: address.value,
        industry: industry.value, what: what.value, source: source.value });
      reload();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      said.textContent = e.message;
      said.className = "bad";
    }
  });
  return h("section", { class: "card", id: "find" }, h("h3", {}, l.find),
    h("div", { class: "toolbar" }, cityInput, district, address, industry, what, source, go, said));
}

async function leads(city: string, reload: () => void): Promise<HTMLElement> {
  const l = t().workshops;
  const box = h("section", { class: "card", id: "candidates" }, h("h3", {}, l.candidates), h("p", { class: "muted" }, l.method));
  if (!city) {
    box.append(h("p", { class: "muted" }, l.pickCity));
    return box;
  }
  const c = await candidates(city);
  box.append(h("p", { id: "candidate-summary" }, l.summary(c.accounts, c.industrial, c.candidates.length)));
  if (!c.candidates.length) return box;
  box.append(h("table", { id: "candidate-table" },
    h("thead", {}, h("tr", {}, ...[l.account, l.customer, l.address, l.tariff, l.pattern, l.why, ""].map((x) => h("th", {}, x)))),
    h("tbody", {}, ...c.candidates.map((x) => {
      const file = h("button", { class: "file-candidate" }, l.fileIt);
      file.addEventListener("click", async () => {
        try {
          await findWorkshop({ city, account: x.account, what: l.fromElectricity });
          reload();
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          file.title = e.message;
          file.classList.add("refused");
        }
      });
      return h("tr", { "data-account": x.account },
        h("td", {}, x.account), h("td", {}, x.customer), h("td", {}, x.address), h("td", {}, x.tariff),
        h("td", {}, l.patterns[x.pattern] ?? x.pattern,
          x.rebound_of ? h("span", { class: "rag red" }, l.reboundOf(x.rebound_of)) : ""),
        h("td", { class: "muted" }, x.why), h("td", {}, file));
    }))));
  return box;
}

// The render each page root is waiting for: a step taken while an earlier
// render is still loading starts a new one, and the earlier one must not
// append its stale sections when it finishes.
const latest = new WeakMap<HTMLElement, object>();

export async function renderWorkshops(main: HTMLElement, city: string, status: string, user: User | null): Promise<void> {
  const l = t().workshops;
  const token = {};
  latest.set(main, token);
  const root = h("div", { id: "workshops-page" });
  const reload = () => {
    void renderWorkshops(main, city, status, user).then(() => { main.dataset.state = "ready"; });
  };
  const [stats, list] = await Promise.all([workshopStats(), workshops(city, status)]);
  const cities: [string, string][] = [["", l.allCities], ...stats.cities.map((c): [string, string] => [c.city, c.name])];
  if (city && !cities.some(([c]) => c === city)) cities.push([city, city]);
  const statuses: [string, string][] = [["", l.anyStatus],
    ...["open", "overdue", "rebound", "found", "to-close", "to-rectify", "closed-down", "whitelisted"]
      .map((s): [string, string] => [s, l.statuses[s]])];
  root.append(h("h2", { id: "page-title" }, l.title), h("p", { class: "muted" }, l.intro),
    h("div", { class: "pickers" },
      picker("workshop-city", l.city, cities, city, (v) => setQuery("city", v)),
      picker("workshop-status", l.status, statuses, status, (v) => setQuery("status", v)),
      h("a", { href: workshopsXlsxUrl(city), id: "workshops-xlsx", class: "button" }, l.xlsx)));
  const shown = city ? stats.cities.filter((c) => c.city === city) : stats.cities;
  const rows: HTMLElement[] = [];
  for (const c of shown) {
    rows.push(h("tr", { class: "city-row", "data-city": c.city },
      h("td", {}, h("a", { href: `#/workshops?city=${c.city}` }, c.name)), h("td", {}, l.cityTotal(c.districts_at_zero, c.districts.length)),
      h("td", {}, String(c.found)), h("td", { class: c.open ? "bad" : "" }, String(c.open)),
      h("td", { class: c.overdue ? "bad" : "" }, String(c.overdue)), h("td", {}, String(c.closed_down)),
      h("td", {}, String(c.whitelisted)), h("td", { class: c.rebounds ? "bad" : "" }, String(c.rebounds)),
      h("td", {}, h("span", { class: `rag ${c.dynamic_zero ? "green" : "red"}` }, c.dynamic_zero ? l.zero : l.notZero))));
    if (city) {
      for (const d of c.districts) {
        rows.push(h("tr", { class: "district-row", "data-district": d.district, "data-zero": String(d.dynamic_zero) },
          h("td", {}, ""), h("td", {}, d.name), h("td", {}, String(d.found)), h("td", { class: d.open ? "bad" : "" }, String(d.open)),
          h("td", { class: d.overdue ? "bad" : "" }, String(d.overdue)), h("td", {}, String(d.closed_down)),
          h("td", {}, String(d.whitelisted)), h("td", { class: d.rebounds ? "bad" : "" }, String(d.rebounds)),
          h("td", {}, h("span", { class: `rag ${d.dynamic_zero ? "green" : "red"}` }, d.dynamic_zero ? l.zero : l.notZero))));
      }
    }
  }
  root.append(h("section", { class: "card" }, h("h3", {}, l.counts), rows.length
    ? h("table", { id: "workshop-counts" },
      h("thead", {}, h("tr", {}, ...[l.city, l.district, l.found, l.open, l.overdue, l.closedDown, l.whitelisted, l.rebounds, l.dynamicZero]
        .map((x) => h("th", {}, x)))),
      h("tbody", {}, ...rows))
    : h("p", { id: "workshop-counts", class: "muted" }, l.none)));
  root.append(h("section", { class: "card" }, list.workshops.length
    ? h("table", { id: "workshop-table" },
      h("thead", {}, h("tr", {}, ...[l.id, l.city, l.address, l.industry, l.what, l.source, l.deadline, l.status, l.actions]
        .map((x) => h("th", {}, x)))),
      h("tbody", {}, ...list.workshops.map((w) => h("tr", { "data-id": String(w.id), "data-status": w.status,
        "data-overdue": String(w.overdue), "data-rebound": String(w.rebound_of ?? "") },
        h("td", {}, String(w.id)),
        h("td", {}, w.district ? `${w.city}·${w.district}` : w.city),
        h("td", {}, [w.name, w.township, w.address].filter((x) => x).join(" ")),
        h("td", {}, w.industry),
        h("td", {}, w.what, w.rebound_of ? h("span", { class: "rag red" }, l.reboundOf(w.rebound_of)) : ""),
        h("td", {}, l.sources[w.source] ?? w.source),
        h("td", { class: w.overdue ? "bad" : "" }, w.deadline),
        h("td", { class: w.overdue ? "bad" : w.status === "whitelisted" || w.status === "closed-down" ? "ok" : "" },
          w.overdue ? `${l.statuses[w.status]}·${l.statuses.overdue}` : l.statuses[w.status]),
        steps(w, reload)))))
    : h("p", { id: "workshop-table", class: "muted" }, l.none)));
  if (user !== null && user.role !== "enterprise") {
    root.append(findForm(city, reload));
    root.append(await leads(city, reload));
  }
  if (latest.get(main) === token) main.replaceChildren(root);
}
