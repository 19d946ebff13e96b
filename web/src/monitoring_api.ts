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
  exceedances: { hour: string; value: number; limit: number }[];
}

export interface DeviceCheck {
  mn: string;
  enterprise: string;
  outlet: string;
  pollutants: PollutantCheck[];
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
