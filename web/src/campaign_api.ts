// The campaign's API (docs/api.md): assessment, rankings, warnings, bulletin.
import { api } from "./api";

export interface UnitBrief {
  code: string;
  name_zh: string;
  name_en: string;
  province_zh: string;
  region: string;
}

export interface Projected { value: number | null; low: number | null; high: number | null }

export interface Target {
  city_code: string;
  phase: string;
  pm25_target: number | null;
  heavy_days_target: number;
  source: string;
  derivation?: { tier: number; heavy_tier: number; pm25_reduction_percent: number; heavy_days_reduction: number };
}

export interface Progress {
  as_of: string;
  elapsed_days: number;
  remaining_days: number;
  final: boolean;
  pm25: number | null;
  pm25_with_dust: number | null;
  dust_days: number;
  heavy_days: number;
  baseline_pm25_to_date: number | null;
  pm25_change_percent: number | null;
  required_change_percent: number | null;
  target: Target | null;
  pm25_allowance: number | null;
  heavy_days_allowance: number | null;
  projection_method: string;
  projected_pm25: Projected | null;
  projected_heavy_days: Projected | null;
  pm25_status: string;
  heavy_status: string;
  at_risk: boolean;
  incomplete_months: string[];
}

export interface CityAssessment extends UnitBrief {
  stations: number;
  progress: Progress;
  verdict: { outcome: string; final: boolean; falsified: boolean; interview: boolean };
}

export interface AreaAssessment {
  code: string;
  name: string;
  cities: number;
  pm25: number | null;
  pm25_change_percent: number | null;
  projected_pm25: number | null;
  at_risk_cities: number;
  missed_cities: number;
  pm25_target: number | null;
  heavy_days_target: number | null;
  pm25_within_target: boolean | null;
}

export interface Assessment {
  period: { name: string; from: string; to: string };
  as_of: string;
  official_targets: number;
  derived_targets: number;
  synthetic: boolean;
  cities: CityAssessment[];
  provinces: AreaAssessment[];
  regions: AreaAssessment[];
}

export interface RankedCity extends UnitBrief {
  ranked: boolean;
  not_ranked_reason: string;
  rank_index: number | null;
  rank_pm25: number | null;
  rank_index_change: number | null;
  index: { index: number | null; largest: string | null };
  pm25: number | null;
  index_change_percent: number | null;
  pm25_change_percent: number | null;
}

export interface Ranking {
  period: { name: string; from: string; to: string };
  group: string;
  synthetic: boolean;
  best: string[];
  worst: string[];
  cities: RankedCity[];
}

export interface WarningCandidate extends UnitBrief {
  reasons: { kind: string; text_zh: string; text_en: string }[];
}

export interface Warnings {
  quarter: string;
  as_of: string;
  cities_assessed: number;
  synthetic: boolean;
  candidates: WarningCandidate[];
}

export interface DustfallRow extends UnitBrief {
  dustfall: number | null;
  exceeds: boolean;
  rank: number | null;
}

export interface Bulletin {
  month: string;
  from: string;
  to: string;
  synthetic: boolean;
  dustfall_limit: number;
  ranking: Ranking;
  targets: Assessment | null;
  dustfall: DustfallRow[];
  warnings: Warnings | null;
}

export const assessment = (phase: string, asOf?: string | null) =>
  api<Assessment>(`/api/assessment?phase=${encodeURIComponent(phase)}` + (asOf ? `&as_of=${encodeURIComponent(asOf)}` : ""));
export const rankings = (period: string, group: string) =>
  api<Ranking>(`/api/rankings?period=${encodeURIComponent(period)}&group=${encodeURIComponent(group)}`);
export const warnings = (quarter: string) => api<Warnings>(`/api/warnings?quarter=${encodeURIComponent(quarter)}`);
export const bulletin = (month: string) => api<Bulletin>(`/api/bulletin?month=${encodeURIComponent(month)}`);

// The months and phases of the season, for the pickers.
export const MONTHS = ["2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03"];
export const PHASES = ["2020Q4", "2021Q1", "season"];
