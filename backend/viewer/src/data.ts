import { METRICS, type CodeRun, type Comparison, type Metric, type Summary } from "./types";

export interface Point {
  /** Position in the interleaved schedule (or the run's number when only values are known). */
  index: number;
  value: number;
  warmup: boolean;
}

const runField = (metric: Metric) => METRICS.find((m) => m.key === metric)!.runField;

/** Every run of a side for one metric, warm-ups included (flagged). */
export function points(side: CodeRun, metric: Metric): Point[] {
  if (side.runs && side.runs.length > 0) {
    const field = runField(metric);
    return side.runs
      .filter((r) => typeof r[field] === "number")
      .map((r) => ({ index: r.index, value: r[field], warmup: r.warmup === true }));
  }
  return (side.stats?.[metric]?.values ?? []).map((value, i) => ({ index: i, value, warmup: false }));
}

export const counted = (side: CodeRun, metric: Metric) => points(side, metric).filter((p) => !p.warmup).map((p) => p.value);

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** A summary computed here, for documents that carry values but no summary (the original format). */
export function computeSummary(values: number[]): Summary {
  const n = values.length;
  if (n === 0) return { n: 0 };
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((t, x) => t + x, 0) / n;
  const median = quantile(s, 0.5);
  const stddev = n > 1 ? Math.sqrt(s.reduce((t, x) => t + (x - mean) ** 2, 0) / (n - 1)) : null;
  const mad = quantile(
    s.map((x) => Math.abs(x - median)).sort((a, b) => a - b),
    0.5,
  );
  return { n, mean, median, stddev, mad, min: s[0], max: s[n - 1], p5: quantile(s, 0.05), p95: quantile(s, 0.95) };
}

export function summaryOf(side: CodeRun, metric: Metric): Summary {
  return side.summary?.[metric] ?? computeSummary(counted(side, metric));
}

/** Counted runs so far per side, and the planned number if known. */
export function progress(doc: Comparison): { done: number; planned: number | null } {
  const done = Math.min(...doc.codeRuns.map((s) => counted(s, "duration").length));
  const planned = doc.plan?.mode === "adaptive" ? (doc.plan.maxRuns ?? null) : (doc.plan?.runs ?? null);
  return { done, planned };
}

/** True when the metric has data on at least one side. */
export const hasMetric = (doc: Comparison, metric: Metric) => doc.codeRuns.some((s) => points(s, metric).length > 0);
