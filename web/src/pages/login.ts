import { ApiError, login } from "../api";
import { h } from "../dom";
import { t } from "../i18n";

export function renderLogin(root: HTMLElement, onDone: () => void): void {
  const user = h("input", { id: "username", name: "username", autocomplete: "username", required: "" });
  const pass = h("input", { id: "password", name: "password", type: "password", autocomplete: "current-password", required: "" });
  const error = h("p", { class: "error", id: "login-error" });
  const form = h(
    "form",
    { class: "card login", id: "login-form" },
    h("h2", {}, t().login),
    h("label", { for: "username" }, t().username),
    user,
    h("label", { for: "password" }, t().password),
    pass,
    h("button", { type: "submit", id: "login-submit" }, t().login),
    error,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    error.textContent = "";
    try {
      await login(user.value, pass.value);
      onDone();
    } catch (err) {
      error.textContent = err instanceof ApiError && err.status === 429 ? t().tooMany : t().loginFailed;
    }
  });
  root.append(form);
}
