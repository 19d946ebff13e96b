// One enterprise's measure sheet (一厂一策): its lines and what each does at
// yellow, orange and red, with how it is verified, in the newest version of
// its city's list; the alert stretches of the season in which the measures
// were in force. Printable (the toolbar is not printed). The enterprise
// confirms its sheet here; officials who draft lists edit the measures, which
// makes a new draft version of the city's list.
import { ALERT_COLORS } from "../alert_api";
import { ApiError, User } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import { LIST_LEVELS, MeasureEdit, POLLUTANTS, Sheet, StoredLine, StoredMeasure, confirmSheet, reviseMeasures, sheetOf, sheetXlsxUrl } from "../list_api";

const KINDS = ["stop", "limit", "stop-processes", "self", "transport", "none"] as const;
const DRAFTERS = new Set(["national", "region", "province", "city"]);

// "限产 30%", "自主减排 VOCs 30%", "停产".
export function measureText(m: StoredMeasure | null): string {
  const l = t().lists;
  if (!m) return l.missing;
  const kind = l.kinds[m.measure as keyof typeof l.kinds] ?? m.measure;
  if (m.measure === "stop" || m.measure === "none") return kind;
  const same = m.permille.every((p) => p === m.permille[0]);
  const shares = same
    ? (m.permille[0] ? `${m.permille[0] / 10}%` : "")
    : POLLUTANTS.map((p, i) => (m.permille[i] ? `${p} ${m.permille[i] / 10}%` : "")).filter(Boolean).join(" ");
  return shares ? `${kind} ${shares}` : kind;
}

function verifyText(m: StoredMeasure | null): string {
  const l = t().lists;
  if (!m) return "";
  return [m.meter ? `${l.meter} ${m.meter}` : "", m.outlet ? `${l.outlet} ${m.outlet}` : "",
    m.video ? l.video : "", m.gate ? l.gate : ""].filter(Boolean).join("、");
}

function measureOf(s: Sheet, line: StoredLine, level: string): StoredMeasure | null {
  return s.sheet.measures.find((m) => m.line === line.line && m.level === level) ?? null;
}

// The editor of one cell: the kind and, for a limit, its share.
function editorCell(m: StoredMeasure | null, line: StoredLine, level: string): HTMLElement {
  const kind = h("select", { class: "edit-kind", "data-line": line.line, "data-level": level });
  for (const k of KINDS) {
    const o = h("option", { value: k }, t().lists.kinds[k]);
    if (m?.measure === k) o.selected = true;
    kind.append(o);
  }
  const same = m && m.permille.every((p) => p === m.permille[0]);
  const percent = h("input", { class: "edit-percent", type: "number", min: "0", max: "100", step: "0.1",
    value: m && same && m.measure !== "stop" ? String(m.permille[0] / 10) : "" });
  return h("td", { "data-level": level }, kind, " ", percent, "%");
}

export async function renderSheet(root: HTMLElement, code: string, city: string | null, user: User | null): Promise<void> {
  const l = t().lists;
  const s = await sheetOf(code, city ?? "");
  const e = s.sheet.enterprises[0];
  root.append(h("h2", { id: "page-title" }, l.sheetTitle));
  const status = h("p", { id: "sheet-status", class: "no-print-hint" });
  const confirmed = s.confirmations.length > 0;
  status.append(confirmed
    ? `${l.confirmedBy}：${s.confirmations.map((c) => `${c.by} ${c.at}${c.note ? `（${c.note}）` : ""}`).join("；")}`
    : l.notConfirmed);
  status.dataset.confirmed = String(confirmed);

  const toolbar = h("div", { class: "toolbar no-print", id: "sheet-toolbar" });
  const printButton = h("button", { id: "sheet-print" }, l.print);
  printButton.addEventListener("click", () => window.print());
  toolbar.append(printButton, h("a", { href: sheetXlsxUrl(code, s.city), id: "sheet-xlsx", class: "button" }, l.xlsx));
  const message = h("span", { id: "sheet-message", class: "muted" });
  if (user?.role === "enterprise" && !confirmed) {
    const note = h("input", { id: "confirm-note", placeholder: l.note });
    const confirm = h("button", { id: "sheet-confirm" }, l.confirm);
    confirm.addEventListener("click", async () => {
      try {
        await confirmSheet(code, s.version.version, note.value);
        location.reload();
      } catch (err) {
        message.textContent = err instanceof ApiError ? err.message : String(err);
      }
    });
    toolbar.append(note, confirm);
  }
  const editing = user !== null && DRAFTERS.has(user.role);
  const editButton = h("button", { id: "sheet-edit" }, l.edit);
  if (editing) toolbar.append(editButton);
  toolbar.append(message);

  const info = h("table", { class: "sheet-info", id: "sheet-info" }, h("tbody", {},
    h("tr", {}, h("th", {}, l.name), h("td", {}, e.name), h("th", {}, l.code), h("td", {}, e.credit_code)),
    h("tr", {}, h("th", {}, l.city), h("td", {}, `${s.city_name}（${s.city}）`), h("th", {}, l.district), h("td", {}, e.district)),
    h("tr", {}, h("th", {}, l.industry), h("td", {}, e.industry), h("th", {}, l.grade), h("td", {}, e.grade)),
    h("tr", {}, h("th", {}, l.version), h("td", {}, `${s.version.version}（${l.statuses[s.version.status as keyof typeof l.statuses] ?? s.version.status}，${s.version.created_at}）`),
      h("th", {}, l.confirmations), h("td", {}, confirmed ? l.confirmedBy : "—"))));

  const head = h("tr", {}, ...[l.lines, l.capacity, l.baseline, l.canStop].map((x) => h("th", {}, x)),
    ...LIST_LEVELS.map((level) => h("th", { style: `border-bottom: 3px solid ${ALERT_COLORS[level]}` }, t().alerts.levels[level])),
    h("th", {}, l.verify));
  const body = h("tbody", {});
  const fill = (edit: boolean) => {
    body.replaceChildren(...s.sheet.lines.map((line) => {
      const cells = LIST_LEVELS.map((level) => {
        const m = measureOf(s, line, level);
        return edit ? editorCell(m, line, level)
          : h("td", { "data-level": level, class: m ? "" : "bad" }, measureText(m), m?.detail ? h("div", { class: "muted" }, m.detail) : null);
      });
      const verify = [...new Set(LIST_LEVELS.map((level) => verifyText(measureOf(s, line, level))).filter(Boolean))].join("；");
      return h("tr", { "data-line": line.line },
        h("td", {}, line.name ? `${line.line} ${line.name}` : line.line), h("td", {}, line.capacity || "—"),
        h("td", { class: "num" }, line.baseline_kg.map((kg, i) => `${POLLUTANTS[i]} ${(kg / 1000).toFixed(3)}`).join(" / ")),
        h("td", {}, line.can_stop_quickly ? l.yes : l.no), ...cells, h("td", {}, verify || "—"));
    }));
  };
  fill(false);
  const table = h("table", { id: "sheet-lines", class: "sheet-lines" }, h("thead", {}, head), body);

  if (editing) {
    let on = false;
    const comment = h("input", { id: "edit-comment", placeholder: l.note, class: "hidden" });
    const save = h("button", { id: "sheet-save", class: "hidden" }, l.save);
    toolbar.insertBefore(comment, message);
    toolbar.insertBefore(save, message);
    editButton.addEventListener("click", () => {
      on = !on;
      fill(on);
      editButton.textContent = on ? l.cancel : l.edit;
      save.classList.toggle("hidden", !on);
      comment.classList.toggle("hidden", !on);
    });
    save.addEventListener("click", async () => {
      const edits: MeasureEdit[] = [];
      for (const row of Array.from(body.querySelectorAll("tr"))) {
        for (const cell of Array.from(row.querySelectorAll("td[data-level]"))) {
          const kind = (cell.querySelector(".edit-kind") as HTMLSelectElement).value;
          const percentText = (cell.querySelector(".edit-percent") as HTMLInputElement).value;
          const line = s.sheet.lines.find((x) => x.line === row.dataset.line)!;
          const level = (cell as HTMLElement).dataset.level!;
          const before = measureOf(s, line, level);
          const same = before && before.permille.every((p) => p === before.permille[0]);
          const unchanged = before && before.measure === kind &&
            (kind === "stop" || kind === "none" || (same && String(before.permille[0] / 10) === percentText));
          if (unchanged || (!before && kind === "none")) continue;
          const edit: MeasureEdit = { credit_code: code, line: line.line, level, measure: kind,
            meter: before?.meter ?? "", detail: before?.detail ?? "" };
          if (percentText !== "" && kind !== "stop" && kind !== "none") edit.percent = Number(percentText);
          edits.push(edit);
        }
      }
      try {
        const v = await reviseMeasures(s.city, s.version.version, edits, comment.value);
        message.textContent = `${l.newVersion} ${v.version}`;
        message.dataset.version = String(v.version);
      } catch (err) {
        message.textContent = err instanceof ApiError ? err.message : String(err);
      }
    });
  }

  const spans = s.in_force.spans;
  const inForce = h("section", { class: "card", id: "sheet-in-force" }, h("h3", {}, l.inForce),
    spans.length
      ? h("table", {}, h("thead", {}, h("tr", {}, ...[l.from, l.to, t().alerts.level, l.listUsed, l.lines].map((x) => h("th", {}, x)))),
        h("tbody", {}, ...spans.map((sp) => h("tr", { "data-level": sp.level },
          h("td", {}, sp.from), h("td", {}, sp.to ?? l.inForceNow),
          h("td", { style: `color: ${ALERT_COLORS[sp.level as keyof typeof ALERT_COLORS] ?? "inherit"}` }, t().alerts.levels[sp.level]),
          h("td", {}, sp.list ? `v${sp.list.version}${sp.list.approved ? "" : `（${l.notApproved}）`}` : "—"),
          h("td", {}, (sp.duties ?? []).map((d) => `${d.line}：${measureText(d.measure)}`).join("；") || "—")))))
      : h("p", { class: "muted" }, l.noAlerts));

  root.append(toolbar, status, h("section", { class: "card sheet" }, info, table), inForce);
}
