// Online monitoring (issue 7): #/devices lists the devices the user may see
// with their status (online, packets, last packet), the review queue of the
// detectors' findings (scan, confirm, dismiss for the bureaus that keep the
// devices) and, for officials, what the receiver refused; #/device/MN shows one device's hourly data against its
// outlet's limits (O2-corrected where the outlet has a reference O2), with
// the hours flagged other than N and each exceedance.
import { ApiError, User } from "../api";
import { chart } from "../charts";
import { fmt, h } from "../dom";
import { t } from "../i18n";
import {
  Device, DeviceCheck, Finding, MonitoringValue, POLLUTANT_NAMES, StationFinding, deviceCheck, deviceLoad, deviceValues, devices, findings,
  rejections, reviewFinding, reviewStation, scanFindings, scanStations, stationFindings,
} from "../monitoring_api";

const name = (code: string) => POLLUTANT_NAMES[code] ?? code;

function deviceTable(list: Device[]): HTMLElement {
  const m = t().monitoring;
  if (!list.length) return h("p", { id: "device-table", class: "muted" }, m.noDevices);
  return h("table", { id: "device-table" },
    h("thead", {}, h("tr", {}, ...[m.mn, m.enterprise, t().city, m.outlet, m.pollutants, m.packets, m.lastPacket, m.state,
      m.missing24h, m.openGaps]
      .map((c) => h("th", {}, c)))),
    h("tbody", {}, ...list.map((d) => h("tr", { "data-mn": d.mn },
      h("td", {}, h("a", { href: `#/device/${encodeURIComponent(d.mn)}` }, d.mn)),
      h("td", {}, h("a", { href: `#/sheet/${encodeURIComponent(d.enterprise)}?city=${d.city}` }, d.enterprise)),
      h("td", {}, d.city),
      h("td", {}, d.outlet),
      h("td", {}, d.pollutants.split(",").map(name).join("、")),
      h("td", { class: "num" }, String(d.packets)),
      h("td", {}, d.last_received_at || "—"),
      h("td", { class: d.online ? "ok" : "muted", "data-online": String(d.online) }, d.online ? m.online : m.offline),
      h("td", { class: d.missing_hours_24h ? "num bad" : "num", "data-missing": String(d.missing_hours_24h) },
        String(d.missing_hours_24h)),
      h("td", { class: d.open_gaps ? "num bad" : "num" }, String(d.open_gaps))))));
}

// The review queue: each finding with its evidence; open ones with confirm and
// dismiss buttons for the bureaus that keep the devices.
function findingTable(list: Finding[], canReview: boolean, reload: () => void): HTMLElement {
  const m = t().monitoring;
  if (!list.length) return h("p", { id: "finding-table", class: "muted" }, m.noFindings);
  return h("table", { id: "finding-table" },
    h("thead", {}, h("tr", {}, ...[m.mn, m.pollutant, m.detector, m.stretch, m.evidence, m.state, ""].map((c) => h("th", {}, c)))),
    h("tbody", {}, ...list.map((f) => {
      const note = h("input", { class: "finding-note", placeholder: m.note }) as HTMLInputElement;
      const act = (decision: "confirm" | "dismiss") => {
        const b = h("button", { class: `finding-${decision}` }, decision === "confirm" ? m.confirm : m.dismiss);
        b.addEventListener("click", async () => {
          await reviewFinding(f.id, decision, note.value);
          reload();
        });
        return b;
      };
      return h("tr", { "data-id": String(f.id), "data-status": f.status, "data-detector": f.detector },
        h("td", {}, h("a", { href: `#/device/${encodeURIComponent(f.mn)}` }, f.mn)),
        h("td", {}, name(f.pollutant)),
        h("td", {}, (m.detectors as Record<string, string>)[f.detector] ?? f.detector),
        h("td", {}, `${f.from.slice(5, 16)} – ${f.to.slice(5, 16)}`),
        h("td", {}, f.evidence),
        h("td", {}, `${(m.findingStates as Record<string, string>)[f.status]}${f.note ? `：${f.note}` : ""}`),
        h("td", {}, ...(f.status === "open" && canReview ? [note, act("confirm"), act("dismiss")] : [])));
    })));
}

// The station-tampering queue (national and regional offices only): ambient
// stations far below their neighbours on polluted days; a confirmation
// records the city's falsified data for the phase.
async function stationQueue(card: HTMLElement): Promise<void> {
  const m = t().monitoring;
  const list: StationFinding[] = (await stationFindings()).findings;
  const period = h("input", { id: "station-period", value: "season" }) as HTMLInputElement;
  const go = h("button", { id: "scan-stations" }, m.scan);
  const said = h("span", { id: "station-scan-message", class: "muted" });
  go.addEventListener("click", async () => {
    const r = await scanStations(period.value);
    await stationQueue(card);
    document.getElementById("station-scan-message")!.textContent = m.stationsScanned(r.stations, r.found, r.added);
  });
  const rows = list.map((f) => {
    const note = h("input", { class: "station-note", placeholder: m.inspection }) as HTMLInputElement;
    const act = (decision: "confirm" | "dismiss") => {
      const b = h("button", { class: `station-${decision}` }, decision === "confirm" ? m.confirm : m.dismiss);
      b.addEventListener("click", async () => {
        await reviewStation(f.id, decision, note.value);
        await stationQueue(card);
      });
      return b;
    };
    return h("tr", { "data-id": String(f.id), "data-status": f.status },
      h("td", {}, h("a", { href: `#/station/${encodeURIComponent(f.station)}` }, f.station)),
      h("td", {}, f.city),
      h("td", {}, f.from === f.to ? f.from : `${f.from} – ${f.to}`),
      h("td", {}, f.evidence),
      h("td", {}, `${(m.findingStates as Record<string, string>)[f.status]}${f.note ? `：${f.note}` : ""}`),
      h("td", {}, ...(f.status === "open" ? [note, act("confirm"), act("dismiss")] : [])));
  });
  card.replaceChildren(h("h3", {}, m.stationCheck), h("p", { class: "muted" }, m.stationIntro),
    h("div", { class: "pickers" }, period, go, said),
    rows.length
      ? h("table", { id: "station-finding-table" },
        h("thead", {}, h("tr", {}, ...[t().station, t().city, m.stretch, m.evidence, m.state, ""].map((c) => h("th", {}, c)))),
        h("tbody", {}, ...rows))
      : h("p", { id: "station-finding-table", class: "muted" }, m.noFindings));
}

export async function renderDevices(root: HTMLElement, user: User | null): Promise<void> {
  const m = t().monitoring;
  const list = (await devices()).devices;
  root.append(
    h("h2", { id: "page-title" }, m.title),
    h("p", { class: "muted" }, m.intro),
    h("section", { class: "card" }, deviceTable(list)));
  const keeper = user !== null && ["national", "region", "province", "city"].includes(user.role);
  const queue = h("section", { class: "card", id: "findings" });
  const load = async () => {
    const all = (await findings()).findings;
    queue.replaceChildren(h("h3", {}, m.findings), findingTable(all, keeper, () => void load()));
    if (keeper) {
      const from = h("input", { id: "scan-from", type: "date", value: "2020-12-01" }) as HTMLInputElement;
      const to = h("input", { id: "scan-to", type: "date", value: "2021-01-01" }) as HTMLInputElement;
      const go = h("button", { id: "scan" }, m.scan);
      const said = h("span", { id: "scan-message", class: "muted" });
      go.addEventListener("click", async () => {
        const r = await scanFindings(`${from.value} 00:00:00`, `${to.value} 00:00:00`);
        await load();
        document.getElementById("scan-message")!.textContent = m.scanned(r.devices, r.found, r.added);
      });
      queue.append(h("div", { class: "pickers" }, from, to, go, said));
    }
  };
  await load();
  root.append(queue);
  if (user && (user.role === "national" || user.role === "region")) {
    const card = h("section", { class: "card", id: "station-check" });
    root.append(card);
    await stationQueue(card);
  }
  if (user && user.role !== "enterprise" && user.role !== "district") {
    try {
      const log = (await rejections()).rejections;
      root.append(h("section", { class: "card", id: "rejections" },
        h("h3", {}, m.rejections),
        log.length
          ? h("table", {}, h("tbody", {}, ...log.map((r) =>
            h("tr", {}, h("td", {}, r.at), h("td", {}, r.peer), h("td", {}, r.mn || "—"), h("td", {}, r.reason)))))
          : h("p", { class: "muted" }, m.noRejections)));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  }
}

// The hourly values as judged: corrected to the reference O2 with the same
// hour's O2 when the outlet has one (C × (21 − O2ref) / (21 − O2)).
function judged(values: MonitoringValue[], pollutant: string, referenceO2: number | null): [string, number | null, string][] {
  const o2 = new Map(values.filter((v) => v.pollutant === "a19001").map((v) => [v.data_time, v.avg]));
  return values.filter((v) => v.pollutant === pollutant).map((v) => {
    if (v.avg === null) return [v.data_time, null, v.flag];
    if (referenceO2 === null) return [v.data_time, v.avg, v.flag];
    const o = o2.get(v.data_time);
    if (o === undefined || o === null || o >= 21) return [v.data_time, null, v.flag];
    return [v.data_time, Math.round(v.avg * (21 - referenceO2) / (21 - o) * 100) / 100, v.flag];
  });
}

function checkTable(c: DeviceCheck): HTMLElement {
  const m = t().monitoring;
  return h("table", { id: "check-table" },
    h("thead", {}, h("tr", {}, ...[m.pollutant, m.limit, m.referenceO2, m.judged, m.notNormal, m.noO2, m.untrusted, m.exceedances]
      .map((x) => h("th", {}, x)))),
    h("tbody", {}, ...c.pollutants.map((p) => h("tr", { "data-pollutant": p.pollutant },
      h("td", {}, name(p.pollutant)),
      h("td", { class: "num" }, `${fmt(p.limit)}${p.ultra_low !== null ? ` (${m.ultraLow})` : ""}`),
      h("td", { class: "num" }, p.reference_o2 === null ? "—" : `${p.reference_o2} %`),
      h("td", { class: "num" }, String(p.judged)),
      h("td", { class: "num" }, String(p.not_normal)),
      h("td", { class: "num" }, String(p.no_o2)),
      h("td", { class: "num", "data-untrusted": String(p.untrusted) }, String(p.untrusted)),
      h("td", { class: p.exceedances.length ? "num bad" : "num" }, String(p.exceedances.length))))));
}

export async function renderDevice(root: HTMLElement, mn: string): Promise<void> {
  const m = t().monitoring;
  const [c, v, load] = await Promise.all([deviceCheck(mn), deviceValues(mn, "hourly"), deviceLoad(mn)]);
  root.append(
    h("h2", { id: "page-title" }, `${m.device} ${mn}`),
    h("p", {}, `${m.enterprise} ${c.enterprise} · ${m.outlet} ${c.outlet} · `, h("a", { href: "#/devices" }, m.title)),
    h("section", { class: "card" }, h("h3", {}, m.check), c.pollutants.length ? checkTable(c) : h("p", { class: "muted" }, m.noLimits)));
  for (const p of c.pollutants) {
    const series = judged(v.values, p.pollutant, p.reference_o2);
    const flagged = series.filter(([, value, flag]) => value !== null && flag !== "N" && flag !== "");
    const el = h("div", { class: "chart", id: `chart-${p.pollutant}` });
    root.append(h("section", { class: "card" },
      h("h3", {}, `${name(p.pollutant)} · ${p.reference_o2 === null ? m.asMeasured : m.corrected(p.reference_o2)} (mg/m³)`), el));
    chart(el, {
      tooltip: { trigger: "axis" },
      legend: { data: [m.hourly, m.flagged] },
      grid: { left: 50, right: 20, top: 30, bottom: 50 },
      xAxis: { type: "category", data: series.map(([time]) => time.slice(5, 16)) },
      // The limit always in sight, however low the values run.
      yAxis: { type: "value", max: (extent: { max: number }) => Math.ceil(Math.max(extent.max, p.limit * 1.1)) },
      dataZoom: [{ type: "slider" }],
      series: [
        {
          name: m.hourly, type: "line", showSymbol: false, data: series.map(([, value]) => value),
          markLine: { symbol: "none", data: [{ yAxis: p.limit, name: m.limit }], lineStyle: { color: "#c0392b" },
            label: { formatter: `${m.limit} ${p.limit}` } },
        },
        {
          name: m.flagged, type: "scatter", symbolSize: 6,
          data: series.map(([, value, flag]) => (flag !== "N" && flag !== "" ? value : null)),
        },
      ],
    }, series.length);
    el.dataset.flagged = String(flagged.length);
  }
  // The load behind the outlet, on the same hours: output and concentrations side by side.
  if (load.meters > 0) {
    const at = new Map(load.hours);
    const hours = [...new Set(v.values.filter((x) => x.pollutant !== "a19001").map((x) => x.data_time))].sort();
    const el = h("div", { class: "chart", id: "chart-load" });
    root.append(h("section", { class: "card" }, h("h3", {}, m.loadBehind(load.meters)), el));
    chart(el, {
      tooltip: { trigger: "axis" },
      grid: { left: 60, right: 20, top: 30, bottom: 50 },
      xAxis: { type: "category", data: hours.map((x) => x.slice(5, 16)) },
      yAxis: { type: "value", name: "kW" },
      dataZoom: [{ type: "slider" }],
      series: [{ name: m.load, type: "line", showSymbol: false, data: hours.map((x) => at.get(x) ?? null) }],
    }, hours.filter((x) => at.has(x)).length);
  }
}
