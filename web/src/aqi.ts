// AQI levels (HJ 633-2012 Table 2) and their customary colours.
export const LEVEL_COLORS = ["#00e400", "#ffff00", "#ff7e00", "#ff0000", "#99004c", "#7e0023"];
export const LEVEL_LIMITS = [50, 100, 150, 200, 300, 500];

export function levelColor(level: number | null | undefined): string {
  return level ? LEVEL_COLORS[level - 1] : "#bbbbbb";
}

// Text colour readable on a level colour.
export function levelTextColor(level: number | null | undefined): string {
  return level && level >= 4 ? "#ffffff" : "#222222";
}
