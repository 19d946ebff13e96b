// The straw-burning API (docs/api.md): fire points, the grid's response,
// statistics and a city's boundaries.
import { api } from "./api";

export interface FirePoint {
  id: number;
  source: string;
  observed_at: string;
  lat: number;
  lon: number;
  confidence: string;
  confidence_class: string;
  city: string;
  district: string;
  township: string;
  method: "boundary" | "nearest" | "none";
  grid: string;
  status: "dispatched" | "responded" | "outside";
  response: string;
  responded_by: string;
  responded_at: string;
  note: string;
  period: string;
  period_zh: string;
}

export interface FireUnitStats {
  city: string;
  name: string;
  district: string;
  points: number;
  confirmed: number;
  false_alarm: number;
  handled: number;
  awaiting: number;
  median_response_minutes: number | null;
}

export interface FireStats {
  from: string;
  to: string;
  points: number;
  units: FireUnitStats[];
  periods: Record<string, number>;
  before_rain: number;
  before_sowing: number;
  sowing: string;
}

export interface Boundaries {
  features: { properties: { code: string; name: string; level: string }; geometry: { coordinates: number[][][][] } }[];
}

const q = (params: Record<string, string>) => {
  const p = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  return p.toString() ? `?${p.toString()}` : "";
};

export const firePoints = (city: string, period: string) =>
  api<{ points: FirePoint[] }>(`/api/fire-points${q({ city, period })}`);
export const firePointsXlsxUrl = (city: string, period: string) => `/api/fire-points.xlsx${q({ city, period })}`;
export const fireStats = (period: string) => api<FireStats>(`/api/fire-stats${q({ period })}`);
export const boundaries = (city: string) => api<Boundaries>(`/api/boundaries${q({ city })}`);
export const respondToFire = (id: number, response: string, note: string) =>
  api<FirePoint>(`/api/fire-points/${id}/respond`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ response, note }),
  });
