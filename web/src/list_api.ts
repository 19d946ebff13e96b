// The emergency-list API (docs/api.md): stored versions and the check of one.
import { api } from "./api";

export interface ListVersion {
  city: string;
  version: number;
  status: "draft" | "submitted" | "returned" | "approved" | "reported";
  file: string;
  created_by: string;
  created_at: string;
  steps: { step: string; comment: string; who: string; at: string }[];
  confirmations: number;
}

export interface PollutantCheck {
  base_t: number;
  reduction_t: number;
  ratio: number | null;
  required: number;
  met: boolean;
  short_t: number;
}

export interface ListCheck {
  city: string;
  inventory_source: string;
  enterprises: number;
  lines: number;
  measures: number;
  levels: Record<"yellow" | "orange" | "red", Record<"SO2" | "NOx" | "PM" | "VOCs", PollutantCheck>>;
  findings: { enterprise: string; line: string; rule: string; message: string; sheet: string; row: number }[];
}

export const POLLUTANTS = ["SO2", "NOx", "PM", "VOCs"] as const;
export const LIST_LEVELS = ["yellow", "orange", "red"] as const;

export const listVersions = () => api<{ versions: ListVersion[] }>("/api/lists");
export const listCheck = (city: string) => api<ListCheck>(`/api/lists/${encodeURIComponent(city)}/check`);

// A list version whole (GET /api/lists/{city}/content), as the store keeps it.
export interface StoredEnterprise {
  credit_code: string;
  name: string;
  city: string;
  district: string;
  address: string;
  industry: string;
  grade: string;
  guarantee: boolean;
  small_micro: boolean;
  residential_heating: boolean;
  life_service: boolean;
  ule_steel: boolean;
}
export interface StoredLine {
  credit_code: string;
  line: string;
  name: string;
  capacity: string;
  value_added: number | null;
  baseline_kg: [number, number, number, number];
  can_stop_quickly: boolean;
}
export interface StoredMeasure {
  credit_code: string;
  line: string;
  level: "yellow" | "orange" | "red";
  measure: string;
  permille: [number, number, number, number];
  detail: string;
  meter: string;
  outlet: string;
  video: boolean;
  gate: boolean;
}
export interface StoredList {
  city: string;
  enterprises: StoredEnterprise[];
  lines: StoredLine[];
  measures: StoredMeasure[];
}

export interface Proposal {
  enterprise: string;
  line: string;
  industry: string;
  grade: string;
  from_percent: Record<string, number>;
  to_percent: Record<string, number>;
  added_t: Record<string, number>;
  cost: number;
  cost_per_t: number;
}
export interface Optimization {
  level: string;
  needed: boolean;
  feasible: boolean;
  why: string;
  total_cost: number;
  proposals: Proposal[];
  after: Record<string, { ratio: number | null; met: boolean }>;
}

export interface Duty {
  enterprise: string;
  enterprise_name: string;
  line: string;
  line_name: string;
  measure: StoredMeasure | null;
  reduction_t: Record<string, number>;
}
export interface InForceSpan {
  from: string;
  to: string | null;
  level: "blue" | "yellow" | "orange" | "red";
  alert: number;
  list: { version: number; status: string; approved: boolean } | null;
  enterprises: number;
  lines: number;
  lines_without_measure: number;
  reduction_t: Record<string, number>;
  duties?: Duty[];
}
export interface InForce {
  city: string;
  name: string;
  spans: InForceSpan[];
}

export interface Sheet {
  city: string;
  city_name: string;
  version: { version: number; status: string; created_at: string };
  sheet: StoredList;
  confirmations: { by: string; at: string; note: string }[];
  in_force: InForce;
}

export interface NewVersion {
  city: string;
  version: number;
  status: string;
  file: string;
  findings: number;
}

// One edited measure as POST /api/lists/{city}/revisions reads it.
export interface MeasureEdit {
  credit_code: string;
  line: string;
  level: string;
  measure: string;
  percent?: number;
  meter?: string;
  detail?: string;
}

const city = (c: string) => `/api/lists/${encodeURIComponent(c)}`;
const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

export const listContent = (c: string, version = 0) =>
  api<{ version: number; status: string; list: StoredList }>(`${city(c)}/content${version ? `?version=${version}` : ""}`);
export const listStep = (c: string, step: string, version: number, comment: string) =>
  api<{ status: string }>(`${city(c)}/steps`, post({ step, version, comment }));
export const listOptimize = (c: string, level: string) => api<Optimization>(`${city(c)}/optimize?level=${level}`);
export const acceptProposals = (c: string, version: number, level: string, accept: { enterprise: string; line: string }[]) =>
  api<NewVersion>(`${city(c)}/proposals`, post({ version, level, accept }));
export const reviseMeasures = (c: string, version: number, measures: MeasureEdit[], comment: string) =>
  api<NewVersion>(`${city(c)}/revisions`, post({ version, measures, comment }));
export const listInForce = (c: string, period = "season") => api<InForce>(`${city(c)}/in-force?period=${period}`);
export const sheetOf = (code: string, c = "") =>
  api<Sheet>(`/api/sheets/${encodeURIComponent(code)}${c ? `?city=${encodeURIComponent(c)}` : ""}`);
export const sheetXlsxUrl = (code: string, c = "") =>
  `/api/sheets/${encodeURIComponent(code)}/xlsx${c ? `?city=${encodeURIComponent(c)}` : ""}`;
export const confirmSheet = (code: string, version: number, note: string) =>
  api<{ confirmed_at: string }>(`/api/sheets/${encodeURIComponent(code)}/confirm`, post({ version, note }));
