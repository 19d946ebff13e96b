import { stations } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import { renderSeries } from "./series";

export async function renderCity(root: HTMLElement, code: string, name: string): Promise<void> {
  root.append(h("p", {}, h("a", { href: "#/" }, "← " + t().back)), h("h2", { id: "page-title" }, `${name} (${code})`));
  await renderSeries(root, "cities", code);
  const list = await stations(code);
  root.append(
    h(
      "section",
      { class: "card" },
      h("h3", {}, t().stations),
      h(
        "ul",
        { class: "stations", id: "station-list" },
        ...list.stations
          .filter((s) => !s.retired_on)
          .map((s) =>
            h("li", {}, h("a", { href: `#/station/${s.code}` }, `${s.code} ${s.name}`), s.background ? ` (${t().background})` : ""),
          ),
      ),
    ),
  );
}

export async function renderStation(root: HTMLElement, code: string): Promise<void> {
  root.append(h("p", {}, h("a", { href: "javascript:history.back()" }, "← " + t().back)), h("h2", { id: "page-title" }, `${t().station} ${code}`));
  await renderSeries(root, "stations", code);
}
