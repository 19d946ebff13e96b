// Straw burning (plan （九）): #/fires?city=&period= — the fire points on a
// map (with the city's district and township boundaries when one is picked),
// coloured by the grid's response; the statistics per unit and per period of
// the day the plan names; the points with their grid and a response to give.
import { ApiError, User } from "../api";
import { chart } from "../charts";
import { h } from "../dom";
import { lang, t } from "../i18n";
import { picker, setQuery } from "../pickers";
import { boundaries, FirePoint, firePoints, firePointsXlsxUrl, fireStats, respondToFire } from "../fire_api";

const COLOURS: Record<string, string> = {
  dispatched: "#c0392b", confirmed: "#d68910", handled: "#1e8449", "false-alarm": "#7f8c8d", outside: "#34495e",
};

function colourOf(f: FirePoint): string {
  return COLOURS[f.status === "responded" ? f.response : f.status] ?? "#000";
}

async function drawMap(el: HTMLElement, points: FirePoint[], city: string): Promise<void> {
  const outlines: { value: number[] }[][] = [];
  if (city) {
    for (const f of (await boundaries(city)).features) {
      for (const polygon of f.geometry.coordinates) outlines.push(polygon[0].map((p) => ({ value: p })));
    }
  }
  const lons = points.map((p) => p.lon).concat(outlines.flat().map((p) => p.value[0]));
  const lats = points.map((p) => p.lat).concat(outlines.flat().map((p) => p.value[1]));
  const pad = 0.1;
  chart(el, {
    animation: false,
    tooltip: { formatter: (p: any) => (p.data.point ? `${p.data.point.observed_at}<br/>${p.data.point.grid}<br/>${p.data.point.status}` : "") },
    grid: { left: 50, right: 20, top: 20, bottom: 40 },
    xAxis: { type: "value", min: Math.floor((Math.min(...lons) - pad) * 10) / 10, max: Math.ceil((Math.max(...lons) + pad) * 10) / 10,
      name: lang() === "zh" ? "经度" : "lon", splitLine: { show: false } },
    yAxis: { type: "value", min: Math.floor((Math.min(...lats) - pad) * 10) / 10, max: Math.ceil((Math.max(...lats) + pad) * 10) / 10,
      name: lang() === "zh" ? "纬度" : "lat", splitLine: { show: false } },
    series: [
      ...outlines.map((ring) => ({ type: "line", data: ring, symbol: "none", lineStyle: { color: "#99a", width: 1 }, silent: true })),
      { type: "scatter", symbolSize: 9,
        data: points.map((p) => ({ value: [p.lon, p.lat], point: p, itemStyle: { color: colourOf(p), borderColor: "#222", borderWidth: 0.5 } })) },
    ],
  }, points.length);
}

export async function renderFires(root: HTMLElement, city: string, period: string, user: User | null): Promise<void> {
  const l = t().fires;
  const reload = () => {
    root.replaceChildren();
    void renderFires(root, city, period, user).then(() => { root.dataset.state = "ready"; });
  };
  const [stats, list] = await Promise.all([fireStats(period), firePoints(city, period)]);
  const cities = new Map(stats.units.filter((u) => !u.district).map((u) => [u.city, u.name]));
  const cityOptions: [string, string][] = [["", l.allCities], ...[...cities].map(([c, n]): [string, string] => [c, n])];
  if (city && !cities.has(city)) cityOptions.push([city, city]);
  const periodInput = h("input", { id: "fire-period", value: period }) as HTMLInputElement;
  periodInput.addEventListener("change", () => setQuery("period", periodInput.value));
  root.append(h("h2", { id: "page-title" }, l.title), h("p", { class: "muted" }, l.intro),
    h("div", { class: "pickers" }, picker("fire-city", l.city, cityOptions, city, (v) => setQuery("city", v)),
      h("label", { class: "picker" }, l.period + " ", periodInput),
      h("a", { href: firePointsXlsxUrl(city, period), id: "fires-xlsx", class: "button" }, l.xlsx)),
    h("p", { id: "fire-summary" }, l.summary(stats.points, stats.periods, stats.before_sowing, stats.sowing)));
  const map = h("div", { class: "chart map", id: "fire-map" });
  root.append(h("section", { class: "card" }, h("h3", {}, l.map),
    h("p", { class: "muted" }, l.legend), map));
  await drawMap(map, list.points, city);
  root.append(h("section", { class: "card" }, h("h3", {}, l.byUnit),
    h("table", { id: "fire-stats" },
      h("thead", {}, h("tr", {}, ...[l.city, l.district, l.points, l.confirmed, l.falseAlarm, l.handled, l.awaiting, l.median]
        .map((c) => h("th", {}, c)))),
      h("tbody", {}, ...stats.units.map((u) => h("tr", { "data-city": u.city, "data-district": u.district },
        h("td", {}, u.name), h("td", {}, u.district), h("td", {}, String(u.points)), h("td", {}, String(u.confirmed)),
        h("td", {}, String(u.false_alarm)), h("td", {}, String(u.handled)),
        h("td", { class: u.awaiting ? "bad" : "" }, String(u.awaiting)),
        h("td", {}, u.median_response_minutes === null ? "—" : String(u.median_response_minutes))))))));
  const official = user !== null && user.role !== "enterprise";
  const respond = (f: FirePoint) => {
    const cell = h("td", {});
    if (!official || f.status !== "dispatched") return cell;
    const note = h("input", { class: "fire-note", placeholder: l.note }) as HTMLInputElement;
    for (const r of ["confirmed", "handled", "false-alarm"]) {
      const b = h("button", { class: `fire-${r}` }, l.responses[r]);
      b.addEventListener("click", async () => {
        try {
          await respondToFire(f.id, r, note.value);
          reload();
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          note.setCustomValidity(e.message);
          note.reportValidity();
        }
      });
      cell.append(b);
    }
    cell.prepend(note);
    return cell;
  };
  root.append(h("section", { class: "card" }, h("h3", {}, l.points), list.points.length
    ? h("table", { id: "fire-table" },
      h("thead", {}, h("tr", {}, ...[l.time, l.periodOfDay, l.where, l.grid, l.source, l.status, ""].map((c) => h("th", {}, c)))),
      h("tbody", {}, ...list.points.map((f) => h("tr", { "data-id": String(f.id), "data-status": f.status },
        h("td", {}, f.observed_at.slice(0, 16)), h("td", {}, f.period_zh),
        h("td", {}, [f.city, f.district, f.township].filter((x) => x).join(" / ") + (f.method === "nearest" ? l.nearest : "")),
        h("td", {}, f.grid), h("td", {}, `${f.source} ${f.confidence}`),
        h("td", {}, f.status === "responded" ? `${l.responses[f.response] ?? f.response} ${f.responded_at.slice(5, 16)}` : l.statuses[f.status]),
        respond(f)))))
    : h("p", { id: "fire-table", class: "muted" }, l.none)));
}
