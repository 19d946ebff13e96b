// The 散乱污 register API (docs/api.md): the register, a workshop with its
// history, registering a find, the steps of its handling, counts per district
// with dynamic zero, the candidates from the electricity data and the workbook.
import { api } from "./api";

export type WorkshopStatus = "found" | "to-close" | "to-rectify" | "closed-down" | "whitelisted";

export interface Workshop {
  id: number;
  city: string;
  district: string;
  township: string;
  name: string;
  address: string;
  lat: number | null;
  lon: number | null;
  industry: string;
  what: string;
  source: string;
  source_ref: string;
  found_by: string;
  found_at: string;
  deadline: string;
  status: WorkshopStatus;
  status_zh: string;
  overdue: boolean;
  rebound_of: number | null;
}

export interface WorkshopCounts {
  found: number;
  open: number;
  overdue: number;
  closed_down: number;
  whitelisted: number;
  rebounds: number;
  dynamic_zero: boolean;
}

export interface CityWorkshops extends WorkshopCounts {
  city: string;
  name: string;
  districts_at_zero: number;
  districts: (WorkshopCounts & { district: string; name: string })[];
}

export interface Candidate {
  account: string;
  customer: string;
  address: string;
  district: string;
  tariff: string;
  pattern: string;
  days: number;
  operating_days: number;
  mean_kwh: number;
  why: string;
  rebound_of: number | null;
}

const post = <T>(path: string, body: unknown) =>
  api<T>(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

function query(params: Record<string, string>): string {
  const p = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  return p.toString() ? `?${p.toString()}` : "";
}

export const workshops = (city: string, status: string) =>
  api<{ workshops: Workshop[] }>(`/api/workshops${query({ city, status })}`);
export const workshopStats = () => api<{ as_of: string; cities: CityWorkshops[] }>("/api/workshop-stats");
export const candidates = (city: string) =>
  api<{ accounts: number; industrial: number; candidates: Candidate[] }>(`/api/workshop-candidates${query({ city })}`);
export const workshopsXlsxUrl = (city: string) => `/api/workshops.xlsx${query({ city })}`;
export const findWorkshop = (w: Record<string, string>) => post<Workshop>("/api/workshops", w);
export const actOnWorkshop = (id: number, action: string, note: string, evidence: string) =>
  post<Workshop>(`/api/workshops/${id}/act`, { action, note, evidence });
