// The monitoring-network checks API (docs/api.md): per city, a VOCs station,
// key sources on automatic monitoring, traffic stations, dust-fall coverage.
import { api } from "./api";

export interface NetworkGap {
  object: string;
  what: string;
  note: boolean;
}

export interface CityNetworkCheck {
  city: string;
  name: string;
  pass: boolean;
  overdue: boolean;
  have: number;
  need: number;
  gaps: NetworkGap[];
}

export type CheckName = "vocs" | "sources" | "traffic" | "dustfall";

export interface NetworkChecks {
  as_of: string;
  checks: Record<CheckName, CityNetworkCheck[]>;
  summary: Record<CheckName, { pass: number; fail: number }>;
}

export const networkChecks = (asOf: string) =>
  api<NetworkChecks>(`/api/network-checks${asOf ? `?as_of=${encodeURIComponent(asOf)}` : ""}`);
