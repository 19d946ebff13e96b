// The problem board (plan （二十一）拉条挂账): #/problems?city=&status= — the
// counts per city, the problems with their next step (the server decides who
// may take it and says why not), a form to record one, the links from
// enforcement tasks and station findings, the city's positive list and the
// workbook.
import { ApiError, User } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import { picker, setQuery } from "../pickers";
import {
  actOnProblem, findProblem, linkProblems, positiveList, Problem, problems, problemStats, problemsXlsxUrl,
} from "../problem_api";

// The steps that follow from a status, with what each asks for.
const NEXT: Record<string, [string, "note" | "evidence" | ""][]> = {
  found: [["plan", "note"]],
  planned: [["plan", "note"], ["rectify", "evidence"]],
  rectified: [["verify-pass", "note"], ["verify-fail", "note"]],
  verified: [["close", ""]],
  closed: [],
};

function steps(p: Problem, reload: () => void): HTMLElement {
  const l = t().problems;
  const cell = h("td", { class: "problem-actions" });
  for (const [step, needs] of NEXT[p.status] ?? []) {
    const input = needs ? h("input", { class: `step-${step}`, placeholder: needs === "note" ? l.note : l.evidence }) as HTMLInputElement : null;
    const go = h("button", { class: `act-${step}` }, l.steps[step]);
    go.addEventListener("click", async () => {
      try {
        await actOnProblem(p.id, step, needs === "note" ? input!.value : "", needs === "evidence" ? input!.value : "");
        reload();
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        const target = input ?? go;
        if (target instanceof HTMLInputElement) {
          target.setCustomValidity(e.message);
          target.reportValidity();
        } else {
          go.title = e.message;
          go.classList.add("refused");
        }
      }
    });
    if (input) cell.append(input);
    cell.append(go);
  }
  return cell;
}

function findForm(city: string, reload: () => void): HTMLElement {
  const l = t().problems;
  const field = (id: string, placeholder: string, value = "") =>
    h("input", { id, placeholder, value }) as HTMLInputElement;
  const cityInput = field("find-city", l.city, city), district = field("find-district", l.district),
    enterprise = field("find-enterprise", l.enterprise), site = field("find-site", l.site),
    what = field("find-what", l.what), deadline = h("input", { id: "find-deadline", type: "date" }) as HTMLInputElement;
  const kind = h("select", { id: "find-kind" }, ...l.kinds.map((k) => h("option", { value: k }, k)));
  const said = h("span", { id: "find-message", class: "muted" });
  const go = h("button", { id: "find-problem" }, l.save);
  go.addEventListener("click", async () => {
    try {
      await findProblem({ city: cityInput.value, district: district.value, enterprise: enterprise.value, site: site.value,
        kind: (kind as HTMLSelectElement).value, what: what.value, deadline: deadline.value });
      reload();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      said.textContent = e.message;
      said.className = "bad";
    }
  });
  return h("section", { class: "card", id: "find" }, h("h3", {}, l.find),
    h("div", { class: "toolbar" }, cityInput, district, enterprise, site, kind, what, deadline, go, said));
}

export async function renderProblems(root: HTMLElement, city: string, status: string, user: User | null): Promise<void> {
  const l = t().problems;
  const reload = () => {
    root.replaceChildren();
    void renderProblems(root, city, status, user).then(() => { root.dataset.state = "ready"; });
  };
  const [stats, list] = await Promise.all([problemStats(), problems(city, status)]);
  const official = user !== null && user.role !== "enterprise";
  const cities: [string, string][] = [["", l.allCities], ...stats.cities.map((c): [string, string] => [c.city, c.name])];
  if (city && !cities.some(([c]) => c === city)) cities.push([city, city]);
  const statuses: [string, string][] = [["", l.anyStatus],
    ...["open", "overdue", "rebound", "found", "planned", "rectified", "verified", "closed"].map((s): [string, string] => [s, l.statuses[s]])];
  const toolbar = h("div", { class: "pickers" },
    picker("problem-city", l.city, cities, city, (v) => setQuery("city", v)),
    picker("problem-status", l.status, statuses, status, (v) => setQuery("status", v)),
    h("a", { href: problemsXlsxUrl(city), id: "problems-xlsx", class: "button" }, l.xlsx));
  const said = h("span", { id: "link-message", class: "muted" });
  if (official && user!.role !== "district") {
    const link = h("button", { id: "link-problems" }, l.link);
    link.addEventListener("click", async () => {
      const r = await linkProblems();
      reload();
      said.textContent = l.linked(r.enforcement, r.station_findings);
    });
    toolbar.append(link, said);
  }
  root.append(h("h2", { id: "page-title" }, l.title), h("p", { class: "muted" }, l.intro), toolbar);
  root.append(h("section", { class: "card" }, h("h3", {}, l.counts), stats.cities.length
    ? h("table", { id: "problem-counts" },
      h("thead", {}, h("tr", {}, ...[l.city, l.total, l.open, l.overdue, l.rebound, l.closed].map((c) => h("th", {}, c)))),
      h("tbody", {}, ...stats.cities.map((c) => h("tr", { "data-city": c.city },
        h("td", {}, h("a", { href: `#/problems?city=${c.city}` }, c.name)), h("td", {}, String(c.total)),
        h("td", {}, String(c.open)), h("td", { class: c.overdue ? "bad" : "" }, String(c.overdue)),
        h("td", { class: c.rebound ? "bad" : "" }, String(c.rebound)), h("td", {}, String(c.closed))))))
    : h("p", { id: "problem-counts", class: "muted" }, l.none)));
  root.append(h("section", { class: "card" }, list.problems.length
    ? h("table", { id: "problem-table" },
      h("thead", {}, h("tr", {}, ...[l.id, l.city, l.where, l.kind, l.what, l.source, l.deadline, l.plan, l.status, l.actions]
        .map((c) => h("th", {}, c)))),
      h("tbody", {}, ...list.problems.map((p) => h("tr", { "data-id": String(p.id), "data-status": p.status,
        "data-overdue": String(p.overdue), "data-rebound": String(p.rebound_of ?? "") },
        h("td", {}, String(p.id)),
        h("td", {}, p.district ? `${p.city}·${p.district}` : p.city),
        h("td", {}, [p.enterprise, p.site].filter((x) => x).join(" ")),
        h("td", {}, p.kind),
        h("td", {}, p.what, p.rebound_of ? h("span", { class: "rag red" }, l.reboundOf(p.rebound_of)) : ""),
        h("td", {}, p.source),
        h("td", { class: p.overdue ? "bad" : "" }, p.deadline),
        h("td", {}, p.plan),
        h("td", { class: p.overdue ? "bad" : p.status === "closed" ? "ok" : "" }, p.overdue ? `${l.statuses[p.status]}·${l.statuses.overdue}` : l.statuses[p.status]),
        official ? steps(p, reload) : h("td", {})))))
    : h("p", { id: "problem-table", class: "muted" }, l.none)));
  if (official) root.append(findForm(city, reload));
  const positive = h("section", { class: "card", id: "positive" }, h("h3", {}, l.positive));
  if (official && city) {
    const pl = await positiveList(city);
    positive.append(pl.enterprises.length
      ? h("table", { id: "positive-list" },
        h("thead", {}, h("tr", {}, ...[l.enterprise, l.name, l.district, l.grade].map((c) => h("th", {}, c)))),
        h("tbody", {}, ...pl.enterprises.map((e) => h("tr", {}, h("td", {}, e.enterprise), h("td", {}, e.name),
          h("td", {}, e.district), h("td", {}, e.grade)))))
      : h("p", { id: "positive-list", class: "muted" }, l.noPositive));
  } else {
    positive.append(h("p", { class: "muted" }, l.pickCity));
  }
  if (official) root.append(positive);
}
