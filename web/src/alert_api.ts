// The alert API (docs/api.md): statuses, history, regional prompts, forecast runs, skill.
import { api } from "./api";

export type Level = "none" | "blue" | "yellow" | "orange" | "red";
export const LEVELS: Level[] = ["none", "blue", "yellow", "orange", "red"];
export const ALERT_COLORS: Record<Level, string> = {
  none: "#bbbbbb", blue: "#2563eb", yellow: "#facc15", orange: "#f97316", red: "#dc2626",
};

export interface Episode {
  start: string;
  end: string;
  level: Level;
  days_over_200: number;
  days_over_300: number;
  max_aqi: number;
}

export interface ForecastRun {
  id: number;
  issuer: string;
  issued_at: string;
  kind: string;
  file: string;
}

export interface Count { alerts: number; alert_days: number; longest_run: number; back_to_back: number }

export interface CityAlert {
  city: string;
  name: string;
  border: boolean;
  state: "none" | "proposed" | "issued";
  level: Level;
  issued_at: string;
  lead_time: "in-time" | "late-forecast" | "late" | null;
  latest_run: ForecastRun | null;
  called: Level;
  ahead: Episode[];
  unsupported: boolean;
  phase: string;
  count: Count;
}

export interface AlertPeriod {
  issued_at: string;
  lifted_at: string | null;
  first_level: Level;
  max_level: Level;
  last_level: Level;
  forecast_run: string;
  back_to_back: boolean;
}

export interface Step {
  id: number;
  city: string;
  step: string;
  level: Level;
  at: string;
  who: string;
  forecast_run: number;
  note: string;
}

export interface CityHistory { city: string; name: string; count: Count; alerts: AlertPeriod[]; steps: Step[] }

export interface PromptCity {
  city: string;
  name: string;
  border: boolean;
  response: "on-time" | "late" | "lower-level" | "missing" | "pending";
  responded_at: string;
  level_issued: Level;
}

export interface Prompt {
  id: number;
  region: string;
  level: Level;
  episode_start: string;
  episode_end: string;
  raised_at: string;
  deadline: string;
  note: string;
  responses: Record<string, number>;
  cities: PromptCity[];
}

export interface Skill {
  issuer: string;
  lead_days: number;
  n: number;
  band_rate: number | null;
  level_rate: number | null;
  heavy_hits: number;
  heavy_misses: number;
  false_alarms: number;
  pod: number | null;
  far: number | null;
  ts: number | null;
  bias: number | null;
  mae: number | null;
}

export interface SkillReport {
  period: { from: string; to: string };
  observed_days: number;
  skill: Skill[];
  alerts: { city: string; name: string; alert: AlertPeriod; observed_days: number; days_over_200: number; max_observed: number }[];
  episodes: { city: string; name: string; start: string; end: string; level: Level; days_over_200: number; max_aqi: number; alert_level: Level }[];
}

const at = (when: string | null) => (when ? `at=${encodeURIComponent(when)}` : "");

export const forecastRuns = () => api<{ runs: ForecastRun[] }>("/api/forecasts");
export const alerts = (when: string | null) => api<{ at: string; cities: CityAlert[] }>(`/api/alerts?${at(when)}`);
export const alertHistory = (period: string, when: string | null) =>
  api<{ cities: CityHistory[] }>(`/api/alerts/history?period=${encodeURIComponent(period)}&${at(when)}`);
export const prompts = (when: string | null) => api<{ at: string; prompts: Prompt[] }>(`/api/alerts/prompts?${at(when)}`);
export const skill = (period: string) => api<SkillReport>(`/api/alerts/skill?period=${encodeURIComponent(period)}`);
