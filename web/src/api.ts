// The JSON API of `lantian serve`. Cookie sessions: writes carry the CSRF token
// the server set in the lantian_csrf cookie.
export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

function csrfToken(): string | undefined {
  const m = document.cookie.match(/(?:^|;\s*)lantian_csrf=([^;]+)/);
  return m ? m[1] : undefined;
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.method && init.method !== "GET") {
    const csrf = csrfToken();
    if (csrf) headers.set("X-CSRF-Token", csrf);
  }
  const res = await fetch(path, { ...init, headers, credentials: "same-origin" });
  const text = await res.text();
  const body = text ? JSON.parse(text) : {};
  if (!res.ok) {
    const e = body.error ?? { code: "Unknown", message: res.statusText };
    throw new ApiError(res.status, e.code, e.message);
  }
  return body as T;
}

export interface User {
  username: string;
  role: string;
  scope: string;
}

export interface CityLatest {
  code: string;
  name_zh: string;
  name_en: string;
  province_zh: string;
  region: string;
  lat: number | null;
  lon: number | null;
  AQI: number | null;
  level: number | null;
  primary: string[];
  "PM2.5": number | null;
  stations?: number;
  coverage_24h?: number | null;
}

export interface Overview {
  latest: string | null;
  synthetic: boolean;
  cities: CityLatest[];
}

export type Values = Record<string, number | null>;

export interface HourRow extends Values {}
export interface Series {
  id: string;
  kind: string;
  from: string;
  to: string;
  synthetic: boolean;
  hours?: (Values & { time: string; AQI: number | null; level: number | null; primary: string[] } & Record<string, unknown>)[];
  days?: (Values & { date: string; AQI: number | null; level: number | null; primary: string[] } & Record<string, unknown>)[];
}

export interface Station {
  code: string;
  name: string;
  city_code: string;
  background: boolean;
  retired_on: string | null;
}

export const login = (username: string, password: string) =>
  api<{ user: User }>("/api/auth/login", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
export const logout = () => api("/api/auth/logout", { method: "POST" });
export const me = () => api<User>("/api/auth/me");
export const overview = () => api<Overview>("/api/overview");
export const publicLatest = () => api<Overview>("/api/public/latest");
export const series = (kind: "cities" | "stations", code: string, what: "hourly" | "daily", from?: string, to?: string) =>
  api<Series>(`/api/${kind}/${encodeURIComponent(code)}/${what}` + (from && to ? `?from=${from}&to=${to}` : ""));
export const stations = (city: string) => api<{ stations: Station[] }>(`/api/stations?city=${encodeURIComponent(city)}`);
