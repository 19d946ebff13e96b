// The supervision-problem API (docs/api.md): the board, a problem with its
// history, finding, the steps of the rectification, links, counts per city,
// the positive list and the workbook.
import { api } from "./api";

export type ProblemStatus = "found" | "planned" | "rectified" | "verified" | "closed";

export interface Problem {
  id: number;
  city: string;
  district: string;
  enterprise: string;
  site: string;
  kind: string;
  what: string;
  source: string;
  source_ref: string;
  found_by: string;
  found_at: string;
  photos: string;
  deadline: string;
  plan: string;
  status: ProblemStatus;
  overdue: boolean;
  rebound_of: number | null;
  updated_at: string;
}

export interface ProblemCounts {
  city: string;
  name: string;
  total: number;
  open: number;
  overdue: number;
  rebound: number;
  closed: number;
}

export interface PositiveList {
  city: string;
  name?: string;
  listed?: number;
  since?: string;
  enterprises: { enterprise: string; name: string; district: string; industry: string; grade: string }[];
}

const post = <T>(path: string, body: unknown) =>
  api<T>(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

function query(params: Record<string, string>): string {
  const p = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  return p.toString() ? `?${p.toString()}` : "";
}

export const problems = (city: string, status: string) =>
  api<{ problems: Problem[] }>(`/api/problems${query({ city, status })}`);
export const problemStats = () => api<{ as_of: string; cities: ProblemCounts[] }>("/api/problem-stats");
export const positiveList = (city: string) => api<PositiveList>(`/api/positive-list${query({ city })}`);
export const problemsXlsxUrl = (city: string) => `/api/problems.xlsx${query({ city })}`;
export const findProblem = (p: Record<string, string>) => post<Problem>("/api/problems", p);
export const actOnProblem = (id: number, action: string, note: string, evidence: string, deadline = "") =>
  post<Problem>(`/api/problems/${id}/act`, { action, note, evidence, deadline });
export const linkProblems = () => post<{ enforcement: number; station_findings: number }>("/api/problems/link", {});
