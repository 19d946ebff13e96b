// The map of the plan's cities coloured by their latest AQI level, and the
// sortable city table. Logged-in officials see their area in detail; without a
// login, the published view of every city.
import { CityLatest, Overview, overview, publicLatest } from "../api";
import { levelColor, levelTextColor } from "../aqi";
import { chart } from "../charts";
import { fmt, h } from "../dom";
import { lang, t } from "../i18n";

type Key = "name" | "region" | "AQI" | "level" | "primary" | "pm25" | "coverage";

function name(c: CityLatest): string {
  return lang() === "zh" ? c.name_zh : c.name_en;
}

function sortValue(c: CityLatest, key: Key): number | string {
  switch (key) {
    case "name": return name(c);
    case "region": return c.region;
    case "AQI": return c.AQI ?? -1;
    case "level": return c.level ?? -1;
    case "primary": return c.primary.join(",");
    case "pm25": return c["PM2.5"] ?? -1;
    case "coverage": return c.coverage_24h ?? -1;
  }
}

function renderMap(el: HTMLElement, cities: CityLatest[]): void {
  const located = cities.filter((c) => c.lat !== null && c.lon !== null);
  chart(
    el,
    {
      animation: false,
      tooltip: {
        formatter: (p: any) => {
          const c = p.data.city as CityLatest;
          return `${name(c)}<br/>AQI ${fmt(c.AQI)} ${c.level ? t().levels[c.level - 1] : ""}<br/>PM2.5 ${fmt(c["PM2.5"])}`;
        },
      },
      grid: { left: 50, right: 20, top: 20, bottom: 40 },
      xAxis: { type: "value", min: 106, max: 120, name: lang() === "zh" ? "经度" : "lon", splitLine: { show: false } },
      yAxis: { type: "value", min: 33, max: 41.5, name: lang() === "zh" ? "纬度" : "lat", splitLine: { show: false } },
      series: [
        {
          type: "scatter",
          symbolSize: (v: number[]) => 10 + Math.min(30, (v[2] ?? 0) / 12),
          data: located.map((c) => ({
            value: [c.lon, c.lat, c.AQI ?? 0],
            city: c,
            name: name(c),
            itemStyle: { color: levelColor(c.level), borderColor: "#333", borderWidth: 0.5 },
          })),
          label: { show: true, position: "right", formatter: "{b}", fontSize: 10 },
        },
      ],
    },
    located.length,
  );
}

function renderTable(el: HTMLElement, cities: CityLatest[], detailed: boolean): void {
  let key: Key = "AQI";
  let descending = true;
  const columns: [Key, string][] = [
    ["name", t().city],
    ["region", t().region],
    ["AQI", t().aqi],
    ["level", t().level],
    ["primary", t().primary],
    ["pm25", t().pm25],
  ];
  if (detailed) columns.push(["coverage", t().coverage]);
  const table = h("table", { id: "city-table" });
  const draw = () => {
    const rows = [...cities].sort((a, b) => {
      const x = sortValue(a, key), y = sortValue(b, key);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -c : c;
    });
    const head = h("tr", {}, ...columns.map(([k, label]) => {
      const th = h("th", { "data-key": k }, label + (k === key ? (descending ? " ▼" : " ▲") : ""));
      th.addEventListener("click", () => {
        descending = k === key ? !descending : k !== "name" && k !== "region";
        key = k;
        draw();
      });
      return th;
    }));
    const body = rows.map((c) => {
      const level = h("td", { class: "level" }, c.level ? t().levels[c.level - 1] : "—");
      level.style.background = levelColor(c.level);
      level.style.color = levelTextColor(c.level);
      const link = detailed ? h("a", { href: `#/city/${c.code}` }, name(c)) : name(c);
      const cells = [
        h("td", {}, link),
        h("td", {}, c.region),
        h("td", { class: "num" }, fmt(c.AQI)),
        level,
        h("td", {}, c.primary.join(", ") || "—"),
        h("td", { class: "num" }, fmt(c["PM2.5"])),
      ];
      if (detailed) cells.push(h("td", { class: "num" }, c.coverage_24h === null || c.coverage_24h === undefined ? "—" : `${c.coverage_24h.toFixed(1)}%`));
      return h("tr", { "data-code": c.code }, ...cells);
    });
    table.replaceChildren(h("thead", {}, head), h("tbody", {}, ...body));
  };
  draw();
  el.append(table);
}

export async function renderHome(root: HTMLElement, loggedIn: boolean): Promise<void> {
  const data: Overview = loggedIn ? await overview() : await publicLatest();
  const mapEl = h("div", { class: "chart map", id: "city-map" });
  const tableEl = h("div", { class: "table-wrap" });
  root.append(
    h("h2", {}, `${t().overview}${loggedIn ? "" : " · " + t().publicView}`),
    data.synthetic ? h("p", { class: "synthetic", id: "synthetic" }, t().synthetic) : "",
    h("p", { class: "muted" }, `${t().latest}: ${data.latest ?? "—"}`),
    h("section", { class: "card" }, h("h3", {}, t().map), mapEl),
    h("section", { class: "card" }, h("h3", {}, t().table), tableEl),
  );
  renderMap(mapEl, data.cities);
  renderTable(tableEl, data.cities, loggedIn);
}
