// Hourly and daily charts of a city or a station, and the calendar heat map of
// daily AQI over an autumn-winter season (like openair's calendarPlot).
import { Series, series } from "../api";
import { LEVEL_COLORS, LEVEL_LIMITS, levelColor } from "../aqi";
import { ChartOption, chart } from "../charts";
import { h } from "../dom";
import { t } from "../i18n";

// The season (Oct 1 - Mar 31) that holds `day`, or the last one before it.
export function seasonOf(day: string): [string, string] {
  const y = Number(day.slice(0, 4)), m = Number(day.slice(5, 7));
  const start = m >= 10 ? y : y - 1;
  return [`${start}-10-01`, `${start + 1}-03-31`];
}

function hourlyChart(el: HTMLElement, s: Series): void {
  const hours = s.hours ?? [];
  chart(
    el,
    {
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { data: ["AQI", "PM2.5", "PM10", "O3"] },
      grid: { left: 45, right: 20, top: 35, bottom: 55 },
      xAxis: { type: "category", data: hours.map((r) => r.time) },
      yAxis: { type: "value" },
      dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 8 }],
      series: ["AQI", "PM2.5", "PM10", "O3"].map((k) => ({
        name: k,
        type: "line" as const,
        showSymbol: false,
        data: hours.map((r) => r[k] as number | null),
      })),
    },
    hours.length,
  );
}

function dailyChart(el: HTMLElement, s: Series): void {
  const days = s.days ?? [];
  chart(
    el,
    {
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { data: ["AQI", "PM2.5"] },
      grid: { left: 45, right: 20, top: 35, bottom: 30 },
      xAxis: { type: "category", data: days.map((r) => r.date) },
      yAxis: { type: "value" },
      series: [
        {
          name: "AQI",
          type: "bar",
          data: days.map((r) => ({ value: r.AQI, itemStyle: { color: levelColor(r.level) } })),
        },
        { name: "PM2.5", type: "line", data: days.map((r) => r["PM2.5"] as number | null) },
      ],
    },
    days.length,
  );
}

function calendarChart(el: HTMLElement, s: Series, range: [string, string]): void {
  const days = (s.days ?? []).filter((d) => d.AQI !== null);
  const pieces = LEVEL_LIMITS.map((hi, i) => ({
    min: i === 0 ? 0 : LEVEL_LIMITS[i - 1] + 1,
    max: hi,
    color: LEVEL_COLORS[i],
    label: t().levels[i],
  }));
  const option: ChartOption = {
    animation: false,
    tooltip: { formatter: (p: any) => `${p.value[0]}<br/>AQI ${p.value[1]}` },
    visualMap: { type: "piecewise", orient: "horizontal", left: "center", bottom: 0, pieces, dimension: 1 },
    calendar: {
      range,
      cellSize: ["auto", 14],
      top: 30,
      left: 40,
      right: 20,
      dayLabel: { nameMap: t().levels[0] === "优" ? "ZH" : "EN", firstDay: 1 },
      monthLabel: { nameMap: t().levels[0] === "优" ? "ZH" : "EN" },
      yearLabel: { show: false },
    },
    series: [{ type: "heatmap", coordinateSystem: "calendar", data: days.map((d) => [d.date, d.AQI]) }],
  };
  chart(el, option, days.length);
}

export async function renderSeries(root: HTMLElement, kind: "cities" | "stations", code: string): Promise<Series> {
  const [hourly, recent] = await Promise.all([series(kind, code, "hourly"), series(kind, code, "daily")]);
  const range = seasonOf(recent.to);
  const season = await series(kind, code, "daily", range[0], range[1]);
  const hourlyEl = h("div", { class: "chart", id: "hourly-chart" });
  const dailyEl = h("div", { class: "chart", id: "daily-chart" });
  const calendarEl = h("div", { class: "chart calendar", id: "calendar-chart" });
  root.append(
    hourly.synthetic ? h("p", { class: "synthetic", id: "synthetic" }, t().synthetic) : "",
    h("section", { class: "card" }, h("h3", {}, t().hourly), hourlyEl),
    h("section", { class: "card" }, h("h3", {}, t().daily), dailyEl),
    h("section", { class: "card" }, h("h3", {}, `${t().calendar} ${range[0]} — ${range[1]}`), calendarEl),
  );
  hourlyChart(hourlyEl, hourly);
  dailyChart(dailyEl, recent);
  calendarChart(calendarEl, season, range);
  return recent;
}
