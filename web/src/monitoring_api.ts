// The source-monitoring API (docs/api.md): devices with their status, a
// device's values and its check against the outlet's limits, the receiver's log.
import { api } from "./api";

export interface Device {
  mn: string;
  enterprise: string;
  city: string;
  outlet: string;
  pollutants: string;
  packets: number;
  last_received_at: string;
  online: boolean;
  missing_hours_24h: number;
  open_gaps: number;
}

export interface MonitoringValue {
  kind: string;
  data_time: string;
  pollutant: string;
  rtd: number | null;
  avg: number | null;
  min: number | null;
  max: number | null;
  flag: string;
}

export interface PollutantCheck {
  pollutant: string;
  limit: number;
  ordinary: number;
  ultra_low: number | null;
  reference_o2: number | null;
  judged: number;
  not_normal: number;
  no_o2: number;
  untrusted: number;
  exceedances: { hour: string; value: number; limit: number }[];
}

export interface DeviceCheck {
  mn: string;
  enterprise: string;
  outlet: string;
  pollutants: PollutantCheck[];
}

export interface Finding {
  id: number;
  mn: string;
  pollutant: string;
  detector: string;
  from: string;
  to: string;
  evidence: string;
  found_at: string;
  status: "open" | "confirmed" | "dismissed";
  reviewed_by: string;
  reviewed_at: string;
  note: string;
}

export interface Rejection {
  at: string;
  peer: string;
  mn: string;
  reason: string;
}

const enc = encodeURIComponent;
export const devices = () => api<{ devices: Device[] }>("/api/devices");
export const deviceValues = (mn: string, kind: string) =>
  api<{ mn: string; values: MonitoringValue[] }>(`/api/devices/${enc(mn)}/values?kind=${enc(kind)}`);
export const deviceCheck = (mn: string) => api<DeviceCheck>(`/api/devices/${enc(mn)}/check`);
export const deviceLoad = (mn: string) =>
  api<{ mn: string; enterprise: string; meters: number; hours: [string, number][] }>(`/api/devices/${enc(mn)}/load`);
const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});
export const findings = (status = "") => api<{ findings: Finding[] }>(`/api/findings?status=${enc(status)}`);
export const scanFindings = (from: string, to: string) =>
  api<{ devices: number; found: number; added: number }>("/api/findings/scan", post({ from, to }));
export const reviewFinding = (id: number, decision: "confirm" | "dismiss", note: string) =>
  api<Finding>(`/api/findings/${id}/review`, post({ decision, note }));
export const rejections = () => api<{ rejections: Rejection[] }>("/api/device-rejections?limit=50");

// HJ 212-2017 appendix B codes of the pollutants the dashboard names.
export const POLLUTANT_NAMES: Record<string, string> = {
  a21026: "SO₂",
  a21002: "NOx",
  a34013: "颗粒物 PM",
  a19001: "O₂",
  a21005: "CO",
  a24088: "VOCs",
};

// The verification report of a city's alerts (GET /api/verification/{city}).
export type Verdict = "suspected" | "compliant" | "no-data" | "not-checked";

export interface EnterpriseVerdict {
  enterprise: string;
  name: string;
  lines_suspected: number;
  lines_compliant: number;
  lines_no_data: number;
  facilities_suspected: number;
  exceedances_under_alert: number;
  confirmed_findings: number;
  verdict: Verdict;
}

export interface LineLoad {
  enterprise: string;
  line: string;
  meter: string;
  level: string;
  from: string;
  to: string | null;
  required_cut: number;
  observed_cut: number | null;
  baseline_kw: number | null;
  during_kw: number | null;
  quarters: number;
  covered: number;
  verdict: Verdict;
  why: string;
}

export interface FacilityCheck {
  enterprise: string;
  line: string;
  line_meter: string;
  facility: string;
  facility_meter: string;
  line_ran: number;
  covered: number;
  facility_off: number;
  verdict: Verdict;
  stretches: { from: string; to: string }[];
}

export interface DeviceUnderAlert {
  mn: string;
  enterprise: string;
  outlet: string;
  hours_under_alert: number;
  exceedances_under_alert: number;
  open_findings: number;
  confirmed_findings: number;
}

export interface Verification {
  city: string;
  name: string;
  from: string;
  to: string;
  enterprises: EnterpriseVerdict[];
  loads: LineLoad[];
  treatments: FacilityCheck[];
  devices: DeviceUnderAlert[];
}

export interface MeterReadings {
  meter: string;
  enterprise: string;
  line: string;
  kind: "production" | "treatment";
  facility: string;
  readings: [string, number][];
}

export const verification = (city: string, period: string) =>
  api<Verification>(`/api/verification/${enc(city)}?period=${enc(period)}`);
export const verificationXlsxUrl = (city: string, period: string) =>
  `/api/verification/${enc(city)}/xlsx?period=${enc(period)}`;
export const meterReadings = (meter: string, from: string, to: string) =>
  api<MeterReadings>(`/api/meters/${enc(meter)}/readings?from=${enc(from)}&to=${enc(to)}`);

// The enforcement ledger (GET/POST /api/enforcement).
export interface EnforcementTask {
  id: number;
  city: string;
  enterprise: string;
  kind: "load-cut" | "treatment-off" | "exceedance" | "finding";
  source: string;
  what: string;
  evidence: string;
  opened_by: string;
  opened_at: string;
  deadline: string;
  status: "open" | "closed";
  overdue: boolean;
  closed_by: string;
  closed_at: string;
  note: string;
}

export const enforcementTasks = (city: string) =>
  api<{ tasks: EnforcementTask[] }>(`/api/enforcement?city=${enc(city)}`);
export const openEnforcement = (city: string, period: string) =>
  api<{ violations: number; opened: EnforcementTask[] }>("/api/enforcement", post({ city, period }));
export const closeEnforcement = (id: number, note: string) =>
  api<EnforcementTask>(`/api/enforcement/${id}/close`, post({ note }));

// The station-tampering check (national and regional offices).
export interface StationFinding {
  id: number;
  station: string;
  city: string;
  from: string;
  to: string;
  evidence: string;
  found_at: string;
  status: "open" | "confirmed" | "dismissed";
  reviewed_by: string;
  reviewed_at: string;
  note: string;
}

export const stationFindings = () => api<{ findings: StationFinding[] }>("/api/station-findings");
export const scanStations = (period: string) =>
  api<{ stations: number; found: number; added: number }>("/api/station-findings/scan", post({ period }));
export const reviewStation = (id: number, decision: "confirm" | "dismiss", note: string) =>
  api<StationFinding & { falsification: number }>(`/api/station-findings/${id}/review`, post({ decision, note }));
