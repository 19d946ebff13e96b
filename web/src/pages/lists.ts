// Emergency lists: every stored version of the cities the user may see, with
// its review status and steps; for one city, the check of its latest version —
// the share of society-wide SO2, NOx, PM and VOCs its measures cut at each
// level against 10 / 20 / 30 %, what is short, and the findings of the rules;
// the review actions; the enterprises of the list (each with its sheet); the
// measures in force during the season's alerts; and the optimizer's proposals
// to accept or reject, which make a new draft version.
import { ApiError, User } from "../api";
import { ALERT_COLORS } from "../alert_api";
import { chart } from "../charts";
import { h } from "../dom";
import { t } from "../i18n";
import {
  LIST_LEVELS, ListCheck, ListVersion, POLLUTANTS, StoredList, acceptProposals, listCheck, listContent, listInForce,
  listOptimize, listStep, listVersions,
} from "../list_api";
import { measureText } from "./sheet";
import { picker, setQuery } from "../pickers";

function checkChart(el: HTMLElement, c: ListCheck): void {
  const l = t().lists;
  chart(el, {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 50, right: 80, top: 40, bottom: 30 },
    xAxis: { type: "category", data: [...POLLUTANTS] },
    yAxis: { type: "value", name: "%", max: (v: { max: number }) => Math.max(35, Math.ceil(v.max / 5) * 5) },
    series: LIST_LEVELS.map((level) => ({
      name: t().alerts.levels[level],
      type: "bar",
      itemStyle: { color: ALERT_COLORS[level] },
      data: POLLUTANTS.map((p) => {
        const r = c.levels[level][p].ratio;
        return r === null ? null : Math.round(r * 1000) / 10;
      }),
      markLine: { silent: true, symbol: "none", label: { formatter: `${l.required} {c}%` },
        data: [{ yAxis: c.levels[level].SO2.required * 100 }], lineStyle: { color: ALERT_COLORS[level], type: "dashed" } },
    })),
  }, LIST_LEVELS.length * POLLUTANTS.length);
}

function checkTable(c: ListCheck): HTMLElement {
  const l = t().lists;
  const head = h("tr", {}, ...[t().alerts.level, l.pollutant, l.base, l.reduction, l.ratio, l.required, l.short]
    .map((x) => h("th", {}, x)));
  const rows = LIST_LEVELS.flatMap((level) => POLLUTANTS.map((p) => {
    const x = c.levels[level][p];
    return h("tr", { "data-level": level, "data-pollutant": p, class: x.met ? "" : "at-risk" },
      h("td", {}, t().alerts.levels[level]), h("td", {}, p),
      h("td", { class: "num" }, x.base_t.toFixed(3)), h("td", { class: "num" }, x.reduction_t.toFixed(3)),
      h("td", { class: "num" }, x.ratio === null ? "—" : `${(x.ratio * 100).toFixed(1)}%`),
      h("td", { class: "num" }, `${(x.required * 100).toFixed(0)}%`),
      h("td", { class: x.met ? "num good" : "num bad" }, x.met ? l.met : x.short_t.toFixed(3)));
  }));
  return h("table", { id: "list-check" }, h("thead", {}, head), h("tbody", {}, ...rows));
}

// The review steps the latest version can take next, and the roles that take
// them (auth/access.hpp: the city submits, the province or above reviews; the
// server decides again).
const NEXT_STEPS: Record<string, string[]> = {
  draft: ["submit"], returned: [], submitted: ["approve", "return"], approved: ["report"], reported: [],
};
const REVIEWERS = new Set(["national", "region", "province"]);
const mayTake = (role: string, step: string) => (step === "submit" ? role !== "district" : REVIEWERS.has(role));

function actions(city: string, latest: ListVersion, role: string): HTMLElement {
  const l = t().lists;
  const message = h("span", { id: "list-action-message", class: "muted" });
  const comment = h("input", { id: "list-comment", placeholder: l.comment });
  const box = h("div", { class: "list-actions", id: "list-actions" }, `${l.version} ${latest.version}：`);
  const steps = (NEXT_STEPS[latest.status] ?? []).filter((step) => mayTake(role, step));
  if (!steps.length) box.append(h("span", { class: "muted" }, l.statuses[latest.status]));
  for (const step of steps) {
    const b = h("button", { "data-step": step }, l.stepNames[step as keyof typeof l.stepNames]);
    b.addEventListener("click", async () => {
      try {
        await listStep(city, step, latest.version, comment.value);
        location.reload();
      } catch (e) {
        message.textContent = e instanceof ApiError ? e.message : String(e);
      }
    });
    box.append(b);
  }
  if (steps.includes("return")) box.append(comment);
  box.append(message);
  return h("section", { class: "card" }, h("h3", {}, l.actions), box);
}

function enterprises(city: string, list: StoredList): HTMLElement {
  const l = t().lists;
  const linesOf = new Map<string, number>();
  for (const line of list.lines) linesOf.set(line.credit_code, (linesOf.get(line.credit_code) ?? 0) + 1);
  const measureAt = new Map(list.measures.map((m) => [`${m.credit_code}|${m.level}`, m]));
  const rows = list.enterprises.map((e) => h("tr", { "data-code": e.credit_code },
    h("td", {}, h("a", { href: `#/sheet/${e.credit_code}?city=${city}` }, e.name)), h("td", {}, e.credit_code),
    h("td", {}, e.district), h("td", {}, e.industry), h("td", {}, e.grade), h("td", { class: "num" }, String(linesOf.get(e.credit_code) ?? 0)),
    ...LIST_LEVELS.map((level) => h("td", {}, measureText(measureAt.get(`${e.credit_code}|${level}`) ?? null)))));
  const count = h("span", { id: "list-enterprise-count", class: "muted" }, `${l.shown} ${rows.length} / ${rows.length}`);
  const filter = h("input", { id: "list-filter", placeholder: l.filter });
  filter.addEventListener("input", () => {
    const q = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const hit = !q || row.textContent!.toLowerCase().includes(q);
      row.classList.toggle("hidden", !hit);
      if (hit) shown++;
    }
    count.textContent = `${l.shown} ${shown} / ${rows.length}`;
  });
  return h("section", { class: "card" }, h("h3", {}, `${l.enterprises} (${list.enterprises.length})`),
    h("div", { class: "toolbar" }, filter, count),
    h("div", { class: "table-wrap" }, h("table", { id: "list-enterprises" },
      h("thead", {}, h("tr", {}, ...[l.name, l.code, l.district, l.industry, l.grade, l.lines].map((x) => h("th", {}, x)),
        ...LIST_LEVELS.map((level) => h("th", {}, t().alerts.levels[level])))),
      h("tbody", {}, ...rows))));
}

async function inForce(city: string): Promise<HTMLElement> {
  const l = t().lists;
  const f = await listInForce(city);
  const body = f.spans.length
    ? h("table", { id: "list-in-force" },
      h("thead", {}, h("tr", {}, ...[l.from, l.to, t().alerts.level, l.listUsed, l.enterprises, l.withoutMeasure].map((x) => h("th", {}, x)),
        ...POLLUTANTS.map((p) => h("th", {}, `${p} (t/d)`)))),
      h("tbody", {}, ...f.spans.map((s) => h("tr", { "data-level": s.level },
        h("td", {}, s.from), h("td", {}, s.to ?? l.inForceNow), h("td", {}, t().alerts.levels[s.level]),
        h("td", {}, s.list ? `v${s.list.version}${s.list.approved ? "" : `（${l.notApproved}）`}` : "—"),
        h("td", { class: "num" }, String(s.enterprises)), h("td", { class: "num" }, String(s.lines_without_measure)),
        ...POLLUTANTS.map((p) => h("td", { class: "num" }, s.reduction_t[p].toFixed(3)))))))
    : h("p", { id: "list-in-force", class: "muted" }, l.noAlerts);
  return h("section", { class: "card" }, h("h3", {}, l.inForce), body);
}

function optimizer(city: string, version: number): HTMLElement {
  const l = t().lists;
  let level = "red";
  const out = h("div", { id: "optimizer-result" });
  const run = h("button", { id: "optimizer-run" }, l.propose);
  run.addEventListener("click", async () => {
    out.replaceChildren();
    const o = await listOptimize(city, level);
    if (!o.needed) {
      out.append(h("p", { class: "muted", id: "optimizer-none" }, l.noProposal));
      return;
    }
    if (!o.feasible) {
      out.append(h("p", { class: "error", id: "optimizer-none" }, l.infeasible + o.why));
      return;
    }
    const boxes: HTMLInputElement[] = [];
    const rows = o.proposals.map((p) => {
      const box = h("input", { type: "checkbox", "data-enterprise": p.enterprise, "data-line": p.line });
      box.checked = true;
      boxes.push(box);
      return h("tr", {}, h("td", {}, box), h("td", {}, p.enterprise), h("td", {}, p.line), h("td", {}, p.industry),
        h("td", {}, p.grade), h("td", { class: "num" }, `${p.from_percent.SO2}% → ${p.to_percent.SO2}%`),
        h("td", { class: "num" }, POLLUTANTS.map((x) => p.added_t[x].toFixed(3)).join(" / ")),
        h("td", { class: "num" }, p.cost_per_t.toFixed(0)));
    });
    const message = h("span", { id: "optimizer-message", class: "muted" });
    const apply = h("button", { id: "optimizer-accept" }, l.applyAccepted);
    apply.addEventListener("click", async () => {
      const accept = boxes.filter((b) => b.checked).map((b) => ({ enterprise: b.dataset.enterprise!, line: b.dataset.line! }));
      try {
        const v = await acceptProposals(city, version, level, accept);
        message.textContent = `${l.newVersion} ${v.version}（${v.file}）`;
        message.dataset.version = String(v.version);
      } catch (e) {
        message.textContent = e instanceof ApiError ? e.message : String(e);
      }
    });
    out.append(h("div", { class: "table-wrap" }, h("table", { id: "optimizer-proposals" },
      h("thead", {}, h("tr", {}, ...[l.accept, l.code, l.lines, l.industry, l.grade, l.share, `${l.added} ${POLLUTANTS.join("/")}`, l.costPerT]
        .map((x) => h("th", {}, x)))),
      h("tbody", {}, ...rows))), h("div", { class: "toolbar" }, apply, message));
  });
  const levels = picker("optimizer-level", t().alerts.level, LIST_LEVELS.map((x) => [x, t().alerts.levels[x]]), level, (v) => {
    level = v;
  });
  return h("section", { class: "card" }, h("h3", {}, `${l.optimizer} · ${l.version} ${version}`),
    h("div", { class: "toolbar" }, levels, run), out);
}

export async function renderLists(root: HTMLElement, requested: string | null, user: User | null = null): Promise<void> {
  const l = t().lists;
  const versions = (await listVersions()).versions;
  const cities = [...new Set(versions.map((v) => v.city))];
  const city = requested && cities.includes(requested) ? requested : cities[0] ?? null;
  root.append(h("h2", { id: "page-title" }, l.title));
  if (!city) {
    root.append(h("p", { id: "list-versions", class: "muted" }, l.none));
    return;
  }
  root.append(h("div", { class: "pickers" },
    picker("city-picker", t().city, cities.map((c) => [c, c]), city, (v) => setQuery("city", v))));
  const mine = versions.filter((v) => v.city === city);
  root.append(h("section", { class: "card" }, h("h3", {}, l.versions),
    h("table", { id: "list-versions" },
      h("thead", {}, h("tr", {}, ...[l.version, l.status, l.file, l.steps, l.confirmations].map((x) => h("th", {}, x)))),
      h("tbody", {}, ...mine.map((v) => h("tr", { "data-version": String(v.version), "data-status": v.status },
        h("td", { class: "num" }, String(v.version)),
        h("td", {}, l.statuses[v.status]),
        h("td", {}, v.file),
        h("td", {}, v.steps.map((s) => `${l.stepNames[s.step as keyof typeof l.stepNames] ?? s.step}${s.comment ? `（${s.comment}）` : ""}`).join(" → ") || "—"),
        h("td", { class: "num" }, String(v.confirmations))))))));
  const latest = mine[mine.length - 1];
  if (user && user.role !== "district") root.append(actions(city, latest, user.role));
  root.append(enterprises(city, (await listContent(city)).list), await inForce(city));
  let check: ListCheck;
  try {
    check = await listCheck(city);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      root.append(h("p", { id: "list-check-missing", class: "muted" }, l.noInventory));
      return;
    }
    throw e;
  }
  const chartEl = h("div", { class: "chart", id: "list-chart" });
  root.append(
    h("section", { class: "card" }, h("h3", {}, `${l.check} · ${l.version} ${mine[mine.length - 1].version}`),
      h("p", { class: "muted" }, `${check.enterprises} / ${check.lines} / ${check.measures} · ${check.inventory_source}`),
      chartEl, checkTable(check)),
    h("section", { class: "card" }, h("h3", {}, `${l.findings} (${check.findings.length})`),
      check.findings.length
        ? h("ul", { id: "list-findings" }, ...check.findings.map((f) =>
          h("li", { "data-rule": f.rule }, `${f.sheet} ${f.row}: ${f.enterprise}${f.line ? " / " + f.line : ""} — ${f.message}`)))
        : h("p", { id: "list-findings", class: "muted" }, l.noFindings)),
  );
  checkChart(chartEl, check);
  if (user && user.role !== "district") root.append(optimizer(city, latest.version));
}
