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
