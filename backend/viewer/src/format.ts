import type { Metric } from "./types";

const num = (x: number, digits: number) =>
  x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Significant-looking digits: 3 to 4 significant figures without trailing noise. */
function sig(x: number): string {
  const a = Math.abs(x);
  if (a >= 1000) return num(x, 0);
  if (a >= 100) return num(x, 1);
  if (a >= 10) return num(x, 2);
  return num(x, 3);
}

/** Milliseconds as µs / ms / s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (Math.abs(ms) < 1) return `${sig(ms * 1000)} µs`;
  if (Math.abs(ms) < 1000) return `${sig(ms)} ms`;
  if (Math.abs(ms) < 60_000) return `${sig(ms / 1000)} s`;
  return `${Math.floor(ms / 60_000)} min ${num((ms % 60_000) / 1000, 1)} s`;
}

/** KiB as KiB / MiB / GiB. */
export function formatKiB(kib: number): string {
  if (!Number.isFinite(kib)) return "–";
  if (Math.abs(kib) < 1024) return `${sig(kib)} KiB`;
  if (Math.abs(kib) < 1024 * 1024) return `${sig(kib / 1024)} MiB`;
  return `${sig(kib / (1024 * 1024))} GiB`;
}

export function formatValue(metric: Metric, v: number | null | undefined): string {
  if (v === null || v === undefined) return "–";
  return metric === "mem" ? formatKiB(v) : formatMs(v);
}

/** The unit a chart axis uses for this metric and these values, and the factor to get there. */
export function axisUnit(metric: Metric, max: number): { unit: string; scale: number } {
  if (metric === "mem") return max >= 1024 * 1024 ? { unit: "GiB", scale: 1 / (1024 * 1024) } : max >= 1024 ? { unit: "MiB", scale: 1 / 1024 } : { unit: "KiB", scale: 1 };
  if (max >= 10_000) return { unit: "s", scale: 1 / 1000 };
  if (max < 1) return { unit: "µs", scale: 1000 };
  return { unit: "ms", scale: 1 };
}

export function formatRatio(r: number | null | undefined): string {
  if (r === null || r === undefined || !Number.isFinite(r)) return "–";
  return `${r >= 10 ? num(r, 1) : num(r, 3)}×`;
}

/** A ratio near 1 with its distance from 1 to 2 significant digits (2–6 decimals), as the app writes it. */
export function formatNearOne(r: number): string {
  const distance = Math.abs(r - 1);
  const decimals = distance > 0 ? Math.min(6, Math.max(2, 1 - Math.floor(Math.log10(distance)))) : 2;
  return r.toFixed(decimals);
}

/** "1 %", "0.5 %", "2.5 %". */
export function formatPercent(p: number): string {
  return `${Number(p.toPrecision(3))} %`;
}

export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return "–";
  if (p < 0.001) return "p < 0.001";
  return `p = ${p < 0.01 ? p.toFixed(4) : p.toFixed(3)}`;
}

export function formatDate(ms: number): string {
  return new Date(ms).toLocaleString("en-GB", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });
}
