// ECharts on a page: every chart records how many data points it shows in
// data-points, so that tests (and people) can see it rendered with data.
// Only the parts of ECharts the dashboard uses, to keep the bundle small.
import { BarChart, CustomChart, HeatmapChart, LineChart, ScatterChart } from "echarts/charts";
import {
  CalendarComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([
  BarChart, CustomChart, HeatmapChart, LineChart, ScatterChart, CalendarComponent, DataZoomComponent, GridComponent,
  LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

const charts: echarts.ECharts[] = [];

export function chart(el: HTMLElement, option: ChartOption, points: number): echarts.ECharts {
  const c = echarts.init(el, undefined, { renderer: "canvas" });
  c.setOption(option);
  el.dataset.points = String(points);
  el.dataset.state = "ready";
  charts.push(c);
  return c;
}

// Called when a page is left: the charts of the old page stop saying "ready",
// so that nobody waiting for the next page's charts mistakes them for it.
export function disposeCharts(): void {
  while (charts.length) {
    const c = charts.pop()!;
    c.getDom().dataset.state = "disposed";
    c.dispose();
  }
}

window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
