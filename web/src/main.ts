// lantian dashboard: hash routes #/ (map and city table), #/login,
// #/city/CODE, #/station/CODE.
import "./style.css";
import { ApiError, CityLatest, User, logout, me, publicLatest } from "./api";
import { disposeCharts } from "./charts";
import { h } from "./dom";
import { lang, setLang, t } from "./i18n";
import { renderCity, renderStation } from "./pages/city";
import { renderHome } from "./pages/home";
import { renderLogin } from "./pages/login";

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
  return h("header", {}, h("a", { href: "#/", class: "brand" }, t().title), right);
}

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
  const path = location.hash.replace(/^#/, "") || "/";
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
