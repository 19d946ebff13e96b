// lantian dashboard: hash routes #/ (map and city table), #/login,
// #/city/CODE, #/station/CODE, and the campaign's #/targets?phase=,
// #/rankings?period=&group=, #/bulletin?month=, #/warnings?quarter=, and the
// alerts' #/alerts?at=, #/alert-history?period=, #/forecast-skill?period=, and
// the emergency lists' #/lists?city= and #/sheet/CREDIT_CODE?city= (one
// enterprise's measure sheet; an enterprise user's own page), online
// monitoring's #/devices and #/device/MN, and the verification of a city's
// alerts #/verification?city=&period=, and the key-task ledger #/tasks?unit=
// and #/task/ID, the supervision problems #/problems?city=&status=, the 散乱污
// register #/workshops?city=&status=, and the
// straw-burning fire points #/fires?city=&period=, and the monitoring-network
// checks #/network?as_of=.
import "./style.css";
import { ApiError, CityLatest, User, logout, me, publicLatest } from "./api";
import { disposeCharts } from "./charts";
import { h } from "./dom";
import { lang, setLang, t } from "./i18n";
import { renderCity, renderStation } from "./pages/city";
import { renderHome } from "./pages/home";
import { renderLogin } from "./pages/login";
import { renderBulletin } from "./pages/bulletin";
import { renderRankings } from "./pages/rankings";
import { renderTargets } from "./pages/targets";
import { renderWarnings } from "./pages/warnings";
import { renderAlerts } from "./pages/alerts";
import { renderAlertHistory } from "./pages/alert_history";
import { renderSkill } from "./pages/forecast_skill";
import { renderLists } from "./pages/lists";
import { renderSheet } from "./pages/sheet";
import { renderDevice, renderDevices } from "./pages/devices";
import { renderTask, renderTaskBoard } from "./pages/tasks";
import { renderProblems } from "./pages/problems";
import { renderWorkshops } from "./pages/workshops";
import { renderNetwork } from "./pages/network";
import { renderFires } from "./pages/fires";
import { renderVerification } from "./pages/verification";
import { MONTHS } from "./campaign_api";

let user: User | null = null;
let cityNames: Map<string, CityLatest> | null = null;

async function currentUser(): Promise<User | null> {
  try {
    return await me();
  } catch {
    return null;
  }
}

function header(): HTMLElement {
  const langButton = h("button", { id: "lang-switch", class: "link" }, t().switchLang);
  langButton.addEventListener("click", () => {
    setLang(lang() === "zh" ? "en" : "zh");
    route();
  });
  const right = h("div", { class: "right" }, langButton);
  if (user) {
    const out = h("button", { id: "logout", class: "link" }, t().logout);
    out.addEventListener("click", async () => {
      await logout().catch(() => undefined);
      user = null;
      location.hash = "#/";
      route();
    });
    right.prepend(h("span", { id: "whoami" }, `${user.username} · ${t().role[user.role as keyof ReturnType<typeof t>["role"]] ?? user.role} ${user.scope}`), out);
  } else {
    right.prepend(h("a", { href: "#/login", id: "login-link" }, t().login));
  }
  const official = user !== null && user.role !== "enterprise";
  const links: [string, string][] = [["#/", t().nav.home]];
  if (official) links.push(["#/targets", t().nav.targets]);
  links.push(["#/rankings", t().nav.rankings], ["#/bulletin", t().nav.bulletin]);
  if (official) {
    links.push(["#/warnings", t().nav.warnings], ["#/alerts", t().nav.alerts], ["#/alert-history", t().nav.alertHistory],
      ["#/forecast-skill", t().nav.skill], ["#/lists", t().nav.lists]);
  }
  if (user?.role === "enterprise") links.push([`#/sheet/${user.scope}`, t().nav.sheet]);
  if (user) links.push(["#/devices", t().nav.devices]);
  if (official) links.push(["#/verification", t().nav.verification], ["#/tasks", t().nav.tasks], ["#/problems", t().nav.problems], ["#/workshops", t().nav.workshops], ["#/fires", t().nav.fires], ["#/network", t().nav.network]);
  const nav = h("nav", { id: "nav" }, ...links.map(([href, label]) => h("a", { href, "data-page": href.slice(2) || "home" }, label)));
  return h("header", {}, h("div", { class: "left" }, h("a", { href: "#/", class: "brand" }, t().title), nav), right);
}

// The month of the latest data within the season (the month a bureau looks at),
// and the phase it belongs to.
let latestMonth: string | null = null;
async function defaultMonth(): Promise<string> {
  if (!latestMonth) {
    const latest = (await publicLatest()).latest?.slice(0, 7) ?? "";
    latestMonth = MONTHS.includes(latest) ? latest : latest > MONTHS[MONTHS.length - 1] ? MONTHS[MONTHS.length - 1] : MONTHS[0];
  }
  return latestMonth;
}
const phaseOf = (month: string) => (month >= "2021-01" ? "2021Q1" : "2020Q4");

function showError(root: HTMLElement, e: unknown): void {
  const status = e instanceof ApiError ? e.status : 0;
  const message =
    status === 404 ? t().notFound : status === 401 ? t().needLogin : status === 403 ? t().forbidden : String(e);
  root.append(h("p", { class: "error", id: "page-error", "data-status": String(status) }, message));
}

async function route(): Promise<void> {
  disposeCharts();
  user = await currentUser();
  const app = document.getElementById("app")!;
  const main = h("main", {});
  app.replaceChildren(header(), main);
  const [path, query = ""] = (location.hash.replace(/^#/, "") || "/").split("?");
  const q = new URLSearchParams(query);
  try {
    if (path === "/login") {
      renderLogin(main, () => {
        location.hash = "#/";
      });
    } else if (path.startsWith("/city/")) {
      const code = decodeURIComponent(path.slice(6));
      if (!cityNames) cityNames = new Map((await publicLatest()).cities.map((c) => [c.code, c]));
      const c = cityNames.get(code);
      await renderCity(main, code, c ? (lang() === "zh" ? c.name_zh : c.name_en) : code);
    } else if (path.startsWith("/station/")) {
      await renderStation(main, decodeURIComponent(path.slice(9)));
    } else if (path === "/targets") {
      await renderTargets(main, q.get("phase") ?? phaseOf(await defaultMonth()), q.get("as_of"));
    } else if (path === "/rankings") {
      await renderRankings(main, q.get("period") ?? (await defaultMonth()), q.get("group") ?? "all");
    } else if (path === "/bulletin") {
      await renderBulletin(main, q.get("month") ?? (await defaultMonth()));
    } else if (path === "/warnings") {
      await renderWarnings(main, q.get("quarter") ?? phaseOf(await defaultMonth()));
    } else if (path === "/alerts") {
      await renderAlerts(main, q.get("at"));
    } else if (path === "/alert-history") {
      await renderAlertHistory(main, q.get("period") ?? "season");
    } else if (path === "/lists") {
      await renderLists(main, q.get("city"), user);
    } else if (path.startsWith("/sheet/")) {
      await renderSheet(main, decodeURIComponent(path.slice(7)), q.get("city"), user);
    } else if (path === "/devices") {
      await renderDevices(main, user);
    } else if (path === "/verification") {
      await renderVerification(main, q.get("city"), q.get("period") ?? (await defaultMonth()), user);
    } else if (path.startsWith("/device/")) {
      await renderDevice(main, decodeURIComponent(path.slice(8)));
    } else if (path === "/tasks") {
      await renderTaskBoard(main, q.get("unit") ?? "", q.get("as_of") ?? "", user);
    } else if (path.startsWith("/task/")) {
      await renderTask(main, decodeURIComponent(path.slice(6)), q.get("as_of") ?? "");
    } else if (path === "/problems") {
      await renderProblems(main, q.get("city") ?? "", q.get("status") ?? "", user);
    } else if (path === "/workshops") {
      await renderWorkshops(main, q.get("city") ?? "", q.get("status") ?? "", user);
    } else if (path === "/network") {
      await renderNetwork(main, q.get("as_of") ?? "");
    } else if (path === "/fires") {
      await renderFires(main, q.get("city") ?? "", q.get("period") ?? "2020-09-01..2020-11-30", user);
    } else if (path === "/forecast-skill") {
      await renderSkill(main, q.get("period") ?? "season");
    } else {
      await renderHome(main, user !== null && user.role !== "enterprise");
    }
  } catch (e) {
    main.replaceChildren();
    showError(main, e);
  }
  main.dataset.route = path;
  main.dataset.state = "ready";
}

setLang(lang());
window.addEventListener("hashchange", route);
route();
