// The key-task ledger (plan （十八）): #/tasks?unit= is the board — every
// task's status at the region, a province or a city, its units' red/amber/
// green and the laggards; #/task/ID is one task — its units as a tree
// with progress, the actions the reader's right allows (report, close,
// reopen, break down), the report history and closures. ?as_of=YYYY-MM-DD
// replays either as it stood that day (read only).
import { ApiError, User } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import { picker, setQuery } from "../pickers";
import {
  board, breakDown, closeUnit, reopenUnit, reportProgress, ShareRow, taskLedger, TaskLedger, tasksXlsxUrl,
  UnitProgress,
} from "../task_api";

const PROVINCES = ["北京市", "天津市", "河北省", "山西省", "山东省", "河南省", "陕西省"];

function rag(colour: string, text: string, title = ""): HTMLElement {
  return h("span", { class: `rag ${colour}`, title }, text);
}

function num(v: number | null | undefined): string {
  return v === null || v === undefined ? "—" : String(v);
}

// The scopes a user may pick: the region, the provinces in reach, their own city.
function scopes(user: User | null): [string, string][] {
  const l = t().tasks;
  if (!user || user.role === "national" || user.role === "region") {
    return [["", l.wholeRegion], ...PROVINCES.map((p): [string, string] => [p, p])];
  }
  if (user.role === "province") return [["", l.wholeRegion], [user.scope, user.scope]];
  return [["", l.wholeRegion], [user.role === "city" ? user.scope : user.scope.slice(0, 4) + "00", user.scope]];
}

// The day the ledger is read as of: a date input that rewrites ?as_of=.
function asOfPicker(asOf: string): HTMLElement {
  const input = h("input", { type: "date", id: "as-of-picker", value: asOf }) as HTMLInputElement;
  input.addEventListener("change", () => setQuery("as_of", input.value));
  return h("label", { class: "picker" }, t().tasks.asOf + " ", input);
}

export async function renderTaskBoard(root: HTMLElement, unit: string, asOf: string, user: User | null): Promise<void> {
  const l = t().tasks;
  const b = await board(unit, asOf);
  const suffix = asOf ? `?as_of=${asOf}` : "";
  root.append(
    h("h2", { id: "page-title" }, l.title),
    h("p", { class: "muted" }, l.intro),
    h("div", { class: "pickers" },
      picker("scope-picker", l.scope, scopes(user), unit, (v) => setQuery("unit", v)),
      asOfPicker(asOf),
      h("a", { href: tasksXlsxUrl(unit, asOf), id: "tasks-xlsx", class: "button" }, l.xlsx)),
    h("p", { id: "task-counts" }, `${b.as_of}：${l.counts(b.counts as Record<string, number>)}`));
  const rows = b.tasks.map((x) => {
    const f = x.focus;
    return h("tr", { "data-task": x.id, "data-status": f?.status ?? "" },
      h("td", {}, h("a", { href: `#/task/${encodeURIComponent(x.id)}${suffix}` }, x.id)),
      h("td", {}, x.task_zh),
      h("td", {}, `${x.comparison} ${num(f ? f.target : x.target)} ${x.unit}`),
      h("td", {}, num(f?.latest)),
      h("td", {}, num(f?.projected)),
      h("td", {}, f?.deadline === "monthly" ? l.monthly : f?.deadline ?? x.deadline),
      h("td", { class: "task-status" }, f ? rag(f.colour, l.statuses[f.status], f.reasons.join("；")) : ""),
      h("td", { class: "task-units" }, ...x.units.map((u) => rag(u.colour, u.name, l.statuses[u.status]))));
  });
  root.append(h("section", { class: "card" },
    h("table", { id: "task-board" },
      h("thead", {}, h("tr", {}, ...[l.id, l.task, l.target, l.latest, l.projected, l.deadline, l.status, l.units]
        .map((c) => h("th", {}, c)))),
      h("tbody", {}, ...rows))));
  root.append(h("section", { class: "card" }, h("h3", {}, l.laggards), b.laggards.length
    ? h("table", { id: "laggards" },
      h("thead", {}, h("tr", {}, ...[l.id, l.unit, l.status, l.deadline, l.responsible, l.reasons].map((c) => h("th", {}, c)))),
      h("tbody", {}, ...b.laggards.slice(0, 200).map((x) => h("tr", { "data-task": x.task_id, "data-unit": x.unit },
        h("td", {}, h("a", { href: `#/task/${encodeURIComponent(x.task_id)}${suffix}` }, x.task_id)),
        h("td", {}, `${x.name}（${l.levels[x.level] ?? x.level}）`),
        h("td", {}, rag(x.status === "overdue" ? "red" : "amber", l.statuses[x.status])),
        h("td", {}, x.deadline === "monthly" ? l.monthly : x.deadline),
        h("td", {}, x.responsible_name ? `${x.responsible_name}（${x.responsible_office}）` : l.noResponsible),
        h("td", {}, x.reasons.join("；"))))))
    : h("p", { id: "laggards", class: "muted" }, l.noLaggards)));
}

function depthOf(u: UnitProgress, byKey: Map<string, UnitProgress>): number {
  let d = 0;
  for (let p = byKey.get(u.parent); p; p = byKey.get(p.parent)) d++;
  return d;
}

// Shows an API error next to the input that caused it.
function onError(input: HTMLInputElement, e: unknown): void {
  if (!(e instanceof ApiError)) throw e;
  input.setCustomValidity(e.message);
  input.reportValidity();
}

function actions(ledger: TaskLedger, u: UnitProgress, reload: () => void): HTMLElement {
  const l = t().tasks;
  const cell = h("td", { class: "unit-actions" });
  const input = (cls: string, placeholder: string) => h("input", { class: cls, placeholder }) as HTMLInputElement;
  if (u.right !== "read" && u.children === 0 && !u.closed) {
    const value = input("report-value", l.value), due = input("report-due", l.due), evidence = input("report-evidence", l.evidence);
    const go = h("button", { class: "report" }, l.report);
    go.addEventListener("click", async () => {
      try {
        await reportProgress(ledger.task.id, u.unit, value.value, due.value, evidence.value, "");
        reload();
      } catch (e) { onError(value, e); }
    });
    cell.append(value, due, evidence, go);
  }
  if (u.right === "close" && !u.closed && u.deadline !== "monthly") {
    const evidence = input("close-evidence", l.evidence);
    const go = h("button", { class: "close" }, l.close);
    go.addEventListener("click", async () => {
      try {
        await closeUnit(ledger.task.id, u.unit, evidence.value, "");
        reload();
      } catch (e) { onError(evidence, e); }
    });
    cell.append(evidence, go);
  }
  if (u.right === "close" && u.closed) {
    const why = input("reopen-note", l.reopenWhy);
    const go = h("button", { class: "reopen" }, l.reopen);
    go.addEventListener("click", async () => {
      try {
        await reopenUnit(ledger.task.id, u.unit, why.value);
        reload();
      } catch (e) { onError(why, e); }
    });
    cell.append(why, go);
  }
  return cell;
}

// The breakdown editor: lines of CSV for the units taking a share of `parent`.
function breakdownEditor(ledger: TaskLedger, writable: UnitProgress[], reload: () => void): HTMLElement {
  const l = t().tasks;
  const select = h("select", { id: "breakdown-parent" });
  for (const u of writable) select.append(h("option", { value: u.unit }, `${u.name}（${num(u.target)} ${ledger.task.unit}）`));
  const text = h("textarea", { id: "breakdown-rows", class: "breakdown",
    placeholder: "district,130102,长安区,80,2020-12-31,张三,长安区生态环境分局" }) as HTMLTextAreaElement;
  const said = h("span", { id: "breakdown-message", class: "muted" });
  const go = h("button", { id: "submit-breakdown" }, l.submitBreakdown);
  go.addEventListener("click", async () => {
    const rows: ShareRow[] = text.value.split("\n").map((x) => x.trim()).filter((x) => x).map((x) => {
      const [level = "", unit = "", name = "", target = "", deadline = "", person = "", office = ""] = x.split(/[,，]/).map((c) => c.trim());
      return { level, unit, name, target, deadline, responsible_name: person, responsible_office: office };
    });
    try {
      await breakDown(ledger.task.id, select.value, rows);
      reload();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      said.textContent = e.message;
      said.className = "bad";
    }
  });
  return h("section", { class: "card", id: "breakdown" }, h("h3", {}, l.breakdown), h("p", { class: "muted" }, l.breakdownHelp),
    h("label", { class: "picker" }, l.breakdownOf + " ", select), text, h("div", { class: "toolbar" }, go, said));
}

export async function renderTask(root: HTMLElement, id: string, asOf: string): Promise<void> {
  const l = t().tasks;
  const ledger = await taskLedger(id, asOf);
  const x = ledger.task;
  const reload = () => {
    root.replaceChildren();
    void renderTask(root, id, asOf).then(() => { root.dataset.state = "ready"; });
  };
  const byKey = new Map(ledger.units.map((u) => [u.unit, u]));
  root.append(
    h("h2", { id: "page-title" }, `${x.id} ${x.task_zh}`),
    h("p", { class: "muted" }, `（${x.section}）${x.comparison} ${num(x.target)} ${x.unit} · ${x.deadline === "monthly" ? l.monthly : x.deadline} · ${ledger.as_of}`),
    h("div", { class: "pickers" }, h("a", { href: `#/tasks${asOf ? `?as_of=${asOf}` : ""}` }, "← " + l.title), asOfPicker(asOf)));
  root.append(h("section", { class: "card" },
    h("table", { id: "task-units" },
      h("thead", {}, h("tr", {}, ...[l.unit, l.level, l.target, l.deadline, l.responsible, l.latest, l.projected, l.status,
        l.lateMissing, l.reasons, l.actions].map((c) => h("th", {}, c)))),
      h("tbody", {}, ...ledger.units.map((u) => h("tr", { "data-unit": u.unit, "data-status": u.status },
        h("td", { class: `indent-${Math.min(depthOf(u, byKey), 3)}` }, u.name),
        h("td", {}, l.levels[u.level] ?? u.level),
        h("td", {}, `${x.comparison} ${num(u.target)}`),
        h("td", {}, u.deadline === "monthly" ? l.monthly : u.deadline),
        h("td", {}, u.responsible_name ? `${u.responsible_name}（${u.responsible_office}）` : u.level === "region" ? "" : l.noResponsible),
        h("td", {}, u.latest === null ? "—" : `${u.latest}（${u.latest_due}）`),
        h("td", {}, num(u.projected)),
        h("td", { class: "unit-status" }, rag(u.colour, l.statuses[u.status])),
        h("td", {}, `${u.late}/${u.missing.length}`),
        h("td", {}, u.reasons.join("；")),
        asOf ? h("td", {}) : actions(ledger, u, reload)))))));
  const writable = ledger.units.filter((u) => u.right !== "read" && !u.closed && u.level !== "department");
  if (writable.length && !asOf) root.append(breakdownEditor(ledger, writable, reload));
  const nameOf = (unit: string) => byKey.get(unit)?.name ?? unit;
  root.append(h("section", { class: "card" }, h("h3", {}, l.reports), ledger.reports.length
    ? h("table", { id: "task-reports" },
      h("thead", {}, h("tr", {}, ...[l.unit, l.dueDate, l.value, l.evidence, l.note, l.reportedBy, l.reportedAt, l.late].map((c) => h("th", {}, c)))),
      h("tbody", {}, ...[...ledger.reports].reverse().map((r) => h("tr", { "data-id": String(r.id) },
        h("td", {}, nameOf(r.unit)), h("td", {}, r.due), h("td", {}, num(r.value)), h("td", {}, r.evidence),
        h("td", {}, r.note), h("td", {}, r.reported_by), h("td", {}, r.reported_at),
        h("td", { class: r.late ? "bad" : "" }, r.late ? l.late : "")))))
    : h("p", { id: "task-reports", class: "muted" }, l.noReports)));
  root.append(h("section", { class: "card" }, h("h3", {}, l.events), ledger.events.length
    ? h("table", { id: "task-events" },
      h("thead", {}, h("tr", {}, ...[l.unit, l.actions, l.by, l.at, l.evidence, l.note].map((c) => h("th", {}, c)))),
      h("tbody", {}, ...ledger.events.map((e) => h("tr", { "data-id": String(e.id), "data-action": e.action },
        h("td", {}, nameOf(e.unit)), h("td", {}, l.actionNames[e.action]), h("td", {}, e.by), h("td", {}, e.at),
        h("td", {}, e.evidence), h("td", {}, e.note)))))
    : h("p", { id: "task-events", class: "muted" }, l.noEvents)));
}
