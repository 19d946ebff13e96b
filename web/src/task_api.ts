// The key-task ledger API (docs/api.md): the board, a task's ledger, its
// workbook, and the changes — breakdown, report, close, reopen.
import { api } from "./api";

export type TaskStatus = "on_track" | "at_risk" | "overdue" | "done";

export interface TaskInfo {
  id: string;
  section: string;
  task_zh: string;
  metric: string;
  unit: string;
  scope: string;
  target: number;
  deadline: string;
  comparison: string;
  additive: boolean;
  each: boolean;
}

export interface UnitProgress {
  unit: string;
  parent: string;
  level: string;
  name: string;
  target: number;
  deadline: string;
  rhythm: string;
  start_date: string;
  start_value: number | null;
  responsible_name: string;
  responsible_office: string;
  status: TaskStatus;
  colour: "red" | "amber" | "green";
  latest: number | null;
  latest_due: string | null;
  projected: number | null;
  achieved: boolean;
  reports: number;
  late: number;
  missing: string[];
  reasons: string[];
  children: number;
  closed: boolean;
  right: "read" | "write" | "close";
}

export interface BoardUnit {
  unit: string;
  name: string;
  level: string;
  status: TaskStatus;
  colour: "red" | "amber" | "green";
  latest: number | null;
  target: number;
}

export interface BoardTask extends TaskInfo {
  focus?: UnitProgress;
  units: BoardUnit[];
}

export interface Laggard {
  task_id: string;
  task_zh: string;
  unit: string;
  name: string;
  level: string;
  status: TaskStatus;
  deadline: string;
  responsible_name: string;
  responsible_office: string;
  reasons: string[];
}

export interface Board {
  as_of: string;
  focus: string;
  counts: Partial<Record<TaskStatus, number>>;
  tasks: BoardTask[];
  laggards: Laggard[];
}

export interface TaskReport {
  id: number;
  unit: string;
  due: string;
  value: number;
  evidence: string;
  note: string;
  reported_by: string;
  reported_at: string;
  late: boolean;
}

export interface TaskEvent {
  id: number;
  unit: string;
  action: "close" | "reopen";
  by: string;
  at: string;
  evidence: string;
  note: string;
}

export interface TaskLedger {
  task: TaskInfo;
  as_of: string;
  units: UnitProgress[];
  reports: TaskReport[];
  events: TaskEvent[];
}

export interface ShareRow {
  level: string;
  unit: string;
  name: string;
  target: string;
  deadline: string;
  responsible_name: string;
  responsible_office: string;
  rhythm?: string;
}

// The query of a read: the focus unit and the day the ledger is read as of.
const q = (unit: string, asOf = "") => {
  const p = new URLSearchParams();
  if (unit) p.set("unit", unit);
  if (asOf) p.set("as_of", asOf);
  return p.toString() ? `?${p.toString()}` : "";
};
const post = <T>(path: string, body: unknown) =>
  api<T>(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
const taskPath = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;

export const board = (unit: string, asOf: string) => api<Board>(`/api/tasks${q(unit, asOf)}`);
export const taskLedger = (id: string, asOf: string) => api<TaskLedger>(`${taskPath(id)}${q("", asOf)}`);
export const tasksXlsxUrl = (unit: string, asOf: string) => `/api/tasks.xlsx${q(unit, asOf)}`;
export const breakDown = (id: string, unit: string, children: ShareRow[]) =>
  post<{ children: string[]; dropped: string[]; over: number | null }>(`${taskPath(id)}/breakdown`, { unit, children });
export const reportProgress = (id: string, unit: string, value: string, due: string, evidence: string, note: string) =>
  post<TaskReport>(`${taskPath(id)}/reports`, { unit, value, due, evidence, note });
export const closeUnit = (id: string, unit: string, evidence: string, note: string) =>
  post<TaskEvent>(`${taskPath(id)}/close`, { unit, evidence, note });
export const reopenUnit = (id: string, unit: string, note: string) =>
  post<TaskEvent>(`${taskPath(id)}/reopen`, { unit, note });
