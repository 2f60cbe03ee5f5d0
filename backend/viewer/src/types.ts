// The parts of a fastercodes.comparison/1 document (schema/comparison.schema.json) the viewer shows.
export type Status = "RUNNING" | "SUCCESS" | "FAILED";
export type Metric = "duration" | "cpu" | "mem";
export type SideName = "A" | "B";

export interface Summary {
  n: number;
  mean?: number | null;
  median?: number | null;
  stddev?: number | null;
  mad?: number | null;
  min?: number | null;
  max?: number | null;
  p5?: number | null;
  p95?: number | null;
  medianCiLow?: number | null;
  medianCiHigh?: number | null;
  outliers?: number[];
}

export interface Run {
  index: number;
  warmup?: boolean;
  wallMs: number;
  cpuMs: number;
  memKiB: number;
  userMs?: number;
  sysMs?: number;
  exitCode?: number;
  timedOut?: boolean;
}

export interface CodeRun {
  id: string;
  lang: string;
  code: string;
  status?: Status;
  stage?: string;
  languageName?: string;
  toolchain?: string;
  flags?: string[];
  args?: string[];
  stdin?: string;
  compile?: { command?: string[]; exitCode?: number; durationMs?: number; output?: string };
  runs?: Run[];
  stats?: Partial<Record<Metric, { avg: number; values: number[] }>>;
  summary?: Partial<Record<Metric, Summary>>;
  output?: { stdout?: string; stderr?: string; stdoutDropped?: number; stderrDropped?: number };
  error?: { kind: string; message: string };
}

export interface MetricComparison {
  ratio?: number | null;
  ratioCiLow?: number | null;
  ratioCiHigh?: number | null;
  u?: number | null;
  pValue?: number | null;
}

export interface Verdict {
  /** "no-difference" is what documents said before the practical threshold: no significant one. */
  kind: "faster" | "no-meaningful-difference" | "no-significant-difference" | "no-difference" | "not-enough-runs" | "failed" | "running";
  faster?: SideName | null;
  factor?: number | null;
  factorCiLow?: number | null;
  factorCiHigh?: number | null;
  pValue?: number | null;
  /** median(B) / median(A) and its 95% CI, whatever the kind. */
  ratio?: number | null;
  ratioCiLow?: number | null;
  ratioCiHigh?: number | null;
  /** The practical-difference threshold T the verdict was decided with, in percent. */
  thresholdPercent?: number;
  text: string;
}

export interface HealthWarning {
  kind: "other-load" | "cpu-frequency" | "frequency-not-readable" | "drift" | "too-few-runs";
  severity?: "warning" | "note";
  side?: SideName;
  message: string;
}

export interface Comparison {
  schema: "fastercodes.comparison/1";
  /** How the runs were measured: warnings (and notes) with their cause, said beside the verdict. */
  health?: { warnings?: HealthWarning[] };
  runId: string;
  status: Status;
  startTime: number;
  finishTime?: number;
  title?: string;
  codeRuns: [CodeRun, CodeRun];
  plan?: {
    mode?: "fixed" | "adaptive";
    runs?: number;
    minRuns?: number;
    maxRuns?: number;
    targetCiPercent?: number;
    timeBudgetS?: number;
    warmup?: number;
    timeoutS?: number;
    memoryLimitMiB?: number | null;
    processLimit?: number;
    sandbox?: boolean;
    checkOutputs?: boolean;
    thresholdPercent?: number;
  };
  environment?: {
    cpuModel?: string;
    cores?: number;
    os?: string;
    kernel?: string;
    arch?: string;
    hostname?: string;
    appVersion?: string;
    qtVersion?: string;
    memoryTotalKiB?: number;
  };
  comparison?: Partial<Record<Metric, MetricComparison>>;
  verdict?: Verdict;
  sandboxed?: boolean;
  outputsMatch?: boolean | null;
}

export const METRICS: { key: Metric; label: string; runField: "wallMs" | "cpuMs" | "memKiB" }[] = [
  { key: "duration", label: "Wall time", runField: "wallMs" },
  { key: "cpu", label: "CPU time", runField: "cpuMs" },
  { key: "mem", label: "Peak memory", runField: "memKiB" },
];
