// The verification of a city's alerts (issue 7 §4, §6): #/verification?city=&period=
// shows, per listed enterprise, whether it did what its measures say while the
// city's alerts were in force — each line's load cut against its baseline
// (electricity meters), each treatment facility against its line, each
// monitoring device's hours over its limits and confirmed findings — with the
// verdict (suspected, compliant, no data), the workbook to file, and a line's
// load curve around the alert (line and facility, baseline and required level).
import { chart } from "../charts";
import { MONTHS } from "../campaign_api";
import { h } from "../dom";
import { t } from "../i18n";
import { listVersions } from "../list_api";
import { ApiError, User } from "../api";
import {
  EnforcementTask, FacilityCheck, LineLoad, Verdict, Verification, closeEnforcement, enforcementTasks, meterReadings,
  openEnforcement, verification, verificationXlsxUrl,
} from "../monitoring_api";
import { picker, setQuery } from "../pickers";

const ORDER: Record<Verdict, number> = { suspected: 0, compliant: 1, "no-data": 2, "not-checked": 3 };
const verdictClass = (v: Verdict) => (v === "suspected" ? "bad" : v === "compliant" ? "ok" : "muted");
const share = (v: number | null) => (v === null ? "—" : `${Math.round(v * 1000) / 10} %`);
const kw = (v: number | null) => (v === null ? "—" : v.toFixed(1));

// "YYYY-MM-DD HH:MM:SS" moved by `hours` (civil time, no zone).
function shift(at: string, hours: number): string {
  const d = new Date(`${at.replace(" ", "T")}Z`);
  d.setUTCHours(d.getUTCHours() + hours);
  return d.toISOString().slice(0, 19).replace("T", " ");
}

function verdictCell(v: Verdict): HTMLElement {
  return h("td", { class: verdictClass(v), "data-verdict": v }, (t().verification.verdicts as Record<string, string>)[v] ?? v);
}

function enterpriseTable(r: Verification): HTMLElement {
  const l = t().verification;
  const rows = [...r.enterprises].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || a.enterprise.localeCompare(b.enterprise));
  return h("table", { id: "verdict-table" },
    h("thead", {}, h("tr", {}, ...[l.enterprise, l.linesSuspected, l.linesCompliant, l.linesNoData, l.facilitiesSuspected,
      l.exceedances, l.confirmed, l.verdict].map((c) => h("th", {}, c)))),
    h("tbody", {}, ...rows.map((e) => h("tr", { "data-enterprise": e.enterprise, "data-verdict": e.verdict },
      h("td", {}, h("a", { href: `#/sheet/${encodeURIComponent(e.enterprise)}?city=${r.city}` }, e.name || e.enterprise)),
      ...[e.lines_suspected, e.lines_compliant, e.lines_no_data, e.facilities_suspected, e.exceedances_under_alert,
        e.confirmed_findings].map((n) => h("td", { class: "num" }, String(n))),
      verdictCell(e.verdict)))));
}

function loadRows(rows: LineLoad[], names: Map<string, string>, show: (l: LineLoad) => void, id: string): HTMLElement {
  const l = t().verification;
  return h("table", { id },
    h("thead", {}, h("tr", {}, ...[l.enterprise, l.line, l.meter, l.level, l.stretch, l.required, l.observed, l.baseline,
      l.during, l.coverage, l.verdict, l.why, ""].map((c) => h("th", {}, c)))),
    h("tbody", {}, ...rows.map((x) => {
      const curve = h("button", { class: "load-curve", "data-meter": x.meter }, l.curve);
      curve.addEventListener("click", () => show(x));
      return h("tr", { "data-meter": x.meter, "data-verdict": x.verdict },
        h("td", {}, names.get(x.enterprise) || x.enterprise),
        h("td", {}, x.line),
        h("td", {}, x.meter),
        h("td", {}, (t().alerts.levels as Record<string, string>)[x.level] ?? x.level),
        h("td", {}, `${x.from.slice(5, 16)} – ${x.to ? x.to.slice(5, 16) : l.inForce}`),
        h("td", { class: "num" }, share(x.required_cut)),
        h("td", { class: "num" }, share(x.observed_cut)),
        h("td", { class: "num" }, kw(x.baseline_kw)),
        h("td", { class: "num" }, kw(x.during_kw)),
        h("td", { class: "num" }, `${x.covered}/${x.quarters}`),
        verdictCell(x.verdict),
        h("td", {}, x.why),
        h("td", {}, x.verdict === "no-data" ? "" : curve));
    })));
}

// The lines judged (suspected first), and those whose meters sent no readings
// folded away: a city's list names far more meters than send data.
function loadTable(loads: LineLoad[], names: Map<string, string>, show: (l: LineLoad) => void): HTMLElement[] {
  const l = t().verification;
  const byVerdict = (a: LineLoad, b: LineLoad) => ORDER[a.verdict] - ORDER[b.verdict] || a.from.localeCompare(b.from);
  const judged = loads.filter((x) => x.verdict === "suspected" || x.verdict === "compliant").sort(byVerdict);
  const noData = loads.filter((x) => x.verdict === "no-data").sort(byVerdict);
  const out: HTMLElement[] = [judged.length
    ? loadRows(judged, names, show, "load-table")
    : h("p", { id: "load-table", class: "muted" }, l.noLoads)];
  if (noData.length) {
    out.push(h("details", { id: "load-no-data" }, h("summary", {}, l.withoutData(noData.length)),
      loadRows(noData, names, show, "load-no-data-table")));
  }
  return out;
}

function facilityTable(list: FacilityCheck[], names: Map<string, string>): HTMLElement {
  const l = t().verification;
  if (!list.length) return h("p", { id: "facility-table", class: "muted" }, l.noFacilities);
  const rows = [...list].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  return h("table", { id: "facility-table" },
    h("thead", {}, h("tr", {}, ...[l.enterprise, l.line, l.facility, l.lineRan, l.facilityOff, l.verdict, l.offStretches]
      .map((c) => h("th", {}, c)))),
    h("tbody", {}, ...rows.map((f) => h("tr", { "data-meter": f.facility_meter, "data-verdict": f.verdict },
      h("td", {}, names.get(f.enterprise) || f.enterprise),
      h("td", {}, `${f.line} (${f.line_meter})`),
      h("td", {}, `${f.facility} (${f.facility_meter})`),
      h("td", { class: "num" }, String(f.line_ran)),
      h("td", { class: "num" }, String(f.facility_off)),
      verdictCell(f.verdict),
      h("td", {}, f.stretches.slice(0, 6).map((s) => `${s.from.slice(5, 16)}–${s.to.slice(11, 16)}`).join("；") +
        (f.stretches.length > 6 ? ` … (${f.stretches.length})` : ""))))));
}

function deviceTable(r: Verification, names: Map<string, string>): HTMLElement {
  const l = t().verification;
  if (!r.devices.length) return h("p", { id: "device-verification", class: "muted" }, l.noDevices);
  return h("table", { id: "device-verification" },
    h("thead", {}, h("tr", {}, ...[t().monitoring.mn, l.enterprise, t().monitoring.outlet, l.hoursUnderAlert, l.exceedances,
      l.openFindings, l.confirmed].map((c) => h("th", {}, c)))),
    h("tbody", {}, ...r.devices.map((d) => h("tr", { "data-mn": d.mn },
      h("td", {}, h("a", { href: `#/device/${encodeURIComponent(d.mn)}` }, d.mn)),
      h("td", {}, names.get(d.enterprise) || d.enterprise),
      h("td", {}, d.outlet),
      h("td", { class: "num" }, String(d.hours_under_alert)),
      h("td", { class: d.exceedances_under_alert ? "num bad" : "num" }, String(d.exceedances_under_alert)),
      h("td", { class: "num" }, String(d.open_findings)),
      h("td", { class: d.confirmed_findings ? "num bad" : "num" }, String(d.confirmed_findings))))));
}

// The line's load (and its facility's) from two days before the stretch to a
// day after, with the baseline and the level the measure asks for.
async function drawCurve(card: HTMLElement, x: LineLoad, facilityMeter: string | undefined): Promise<void> {
  const l = t().verification;
  const from = shift(x.from, -48);
  const to = shift(x.to ?? x.from, 24);
  const [line, facility] = await Promise.all([
    meterReadings(x.meter, from, to),
    facilityMeter ? meterReadings(facilityMeter, from, to) : Promise.resolve(null),
  ]);
  const times = line.readings.map(([at]) => at);
  const facilityAt = new Map(facility?.readings ?? []);
  const el = h("div", { class: "chart", id: "load-chart" });
  card.replaceChildren(h("h3", {}, `${l.curveOf} ${x.meter} · ${x.from.slice(5, 16)} – ${x.to ? x.to.slice(5, 16) : l.inForce}`), el);
  card.scrollIntoView({ block: "nearest" });
  const marks: { yAxis: number; name: string }[] = [];
  if (x.baseline_kw !== null) {
    marks.push({ yAxis: Math.round(x.baseline_kw), name: l.baselineLevel });
    marks.push({ yAxis: Math.round(x.baseline_kw * (1 - x.required_cut)), name: l.requiredLevel });
  }
  const inStretch = (at: string) => at > x.from && (x.to === null || at <= x.to);
  chart(el, {
    tooltip: { trigger: "axis" },
    legend: { data: [l.lineLoad, l.facilityLoad, l.underAlert] },
    grid: { left: 60, right: 20, top: 30, bottom: 50 },
    xAxis: { type: "category", data: times.map((at) => at.slice(5, 16)) },
    yAxis: { type: "value", name: "kW" },
    dataZoom: [{ type: "slider" }],
    series: [
      {
        name: l.lineLoad, type: "line", showSymbol: false, data: line.readings.map(([, v]) => v),
        markLine: {
          symbol: "none", data: marks, lineStyle: { type: "dashed" },
          label: { position: "insideEndTop", formatter: "{b} {c} kW" },
        },
      },
      { name: l.facilityLoad, type: "line", showSymbol: false, data: times.map((at) => facilityAt.get(at) ?? null) },
      {
        name: l.underAlert, type: "bar", barCategoryGap: "0%", itemStyle: { color: "rgba(230, 126, 34, 0.15)" },
        data: line.readings.map(([at, v]) => (inStretch(at) ? Math.max(v, x.baseline_kw ?? v) : null)),
      },
    ],
  }, times.length);
}

// The city's enforcement ledger: the tasks its verification's violations
// became; the bureaus that keep the city's monitoring open the new ones (for
// the period shown) and close a task with what was done.
async function ledger(card: HTMLElement, city: string, period: string, keeper: boolean,
                      names: Map<string, string>): Promise<void> {
  const l = t().verification;
  const tasks = (await enforcementTasks(city)).tasks;
  const reload = () => void ledger(card, city, period, keeper, names);
  const said = h("span", { id: "enforcement-message", class: "muted" });
  const toolbar = h("div", { class: "toolbar" });
  if (keeper) {
    const open = h("button", { id: "open-tasks" }, l.openTasks);
    open.addEventListener("click", async () => {
      const r = await openEnforcement(city, period);
      await ledger(card, city, period, keeper, names);
      document.getElementById("enforcement-message")!.textContent = l.opened(r.violations, r.opened.length);
    });
    toolbar.append(open, said);
  }
  const state = (x: EnforcementTask) => (x.status === "closed" ? "closed" : x.overdue ? "overdue" : "open");
  const row = (x: EnforcementTask) => {
    const note = h("input", { class: "task-note", placeholder: l.closeNote }) as HTMLInputElement;
    const close = h("button", { class: "task-close" }, l.close);
    close.addEventListener("click", async () => {
      try {
        await closeEnforcement(x.id, note.value);
        reload();
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        note.setCustomValidity(e.message);
        note.reportValidity();
      }
    });
    return h("tr", { "data-id": String(x.id), "data-state": state(x), "data-kind": x.kind },
      h("td", {}, String(x.id)),
      h("td", {}, names.get(x.enterprise) || x.enterprise),
      h("td", {}, (l.kinds as Record<string, string>)[x.kind] ?? x.kind),
      h("td", {}, x.what),
      h("td", {}, x.evidence),
      h("td", {}, x.deadline),
      h("td", { class: state(x) === "overdue" ? "bad" : state(x) === "closed" ? "ok" : "" },
        `${(l.taskStates as Record<string, string>)[state(x)]}${x.note ? `：${x.note}` : ""}`),
      h("td", {}, ...(x.status === "open" && keeper ? [note, close] : [])));
  };
  card.replaceChildren(h("h3", {}, l.ledger), toolbar, tasks.length
    ? h("table", { id: "task-table" },
      h("thead", {}, h("tr", {}, ...["#", l.enterprise, l.kind, l.what, l.evidence, l.deadline, l.state, ""]
        .map((c) => h("th", {}, c)))),
      h("tbody", {}, ...tasks.map(row)))
    : h("p", { id: "task-table", class: "muted" }, l.noTasks));
}

export async function renderVerification(root: HTMLElement, requested: string | null, period: string,
                                         user: User | null = null): Promise<void> {
  const l = t().verification;
  root.append(h("h2", { id: "page-title" }, l.title), h("p", { class: "muted" }, l.intro));
  const cities = [...new Set((await listVersions()).versions.map((v) => v.city))];
  const city = requested && cities.includes(requested) ? requested : cities[0] ?? null;
  if (!city) {
    root.append(h("p", { id: "verdict-table", class: "muted" }, l.noCities));
    return;
  }
  const periods: [string, string][] = [...MONTHS.map((m): [string, string] => [m, m]), ["season", t().phases.season]];
  const r = await verification(city, period);
  root.append(h("div", { class: "pickers" },
    picker("city-picker", t().city, cities.map((c) => [c, c]), city, (v) => setQuery("city", v)),
    picker("period-picker", t().month, periods, period, (v) => setQuery("period", v)),
    h("a", { href: verificationXlsxUrl(city, period), id: "verification-xlsx", class: "button" }, l.xlsx)));
  const names = new Map(r.enterprises.map((e) => [e.enterprise, e.name]));
  const count = (v: Verdict) => r.enterprises.filter((e) => e.verdict === v).length;
  root.append(h("section", { class: "card" },
    h("h3", {}, `${r.name}（${r.city}）${r.from} – ${r.to}`),
    h("p", { id: "verification-summary" }, l.summary(count("suspected"), count("compliant"), count("no-data"))),
    enterpriseTable(r)));
  const curve = h("section", { class: "card", id: "load-curve" }, h("p", { class: "muted" }, l.pickCurve));
  const facilityOf = new Map(r.treatments.map((f) => [f.line_meter, f.facility_meter]));
  root.append(
    h("section", { class: "card" }, h("h3", {}, l.loads),
      ...loadTable(r.loads, names, (x) => void drawCurve(curve, x, facilityOf.get(x.meter)))),
    curve,
    h("section", { class: "card" }, h("h3", {}, l.facilities), facilityTable(r.treatments, names)),
    h("section", { class: "card" }, h("h3", {}, l.devices), deviceTable(r, names)));
  const keeper = user !== null && ["national", "region", "province", "city"].includes(user.role);
  const tasks = h("section", { class: "card", id: "enforcement" });
  root.append(tasks);
  await ledger(tasks, city, period, keeper, names);
}
