import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartDataset,
} from "chart.js";
import { points } from "./data";
import { axisUnit, formatValue } from "./format";
import type { Comparison, Metric } from "./types";

Chart.register(ScatterController, LineController, BarController, PointElement, LineElement, BarElement, LinearScale, CategoryScale, Tooltip, Legend);

export const COLORS = { A: "#3B82F6", B: "#F59E0B" } as const;
const alpha = (hex: string, a: number) => `${hex}${Math.round(a * 255).toString(16).padStart(2, "0")}`;

function theme() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return { text: v("--muted"), grid: v("--grid"), surface: v("--surface"), fg: v("--fg"), font: v("--font-sans") };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Shared bins for both sides, so that their bars line up. */
function histogram(a: number[], b: number[]) {
  const all = [...a, ...b];
  if (all.length === 0) return { labels: [] as string[], edges: [] as number[], countsA: [] as number[], countsB: [] as number[] };
  const min = Math.min(...all);
  const max = Math.max(...all);
  const bins = Math.max(6, Math.min(28, Math.round(Math.sqrt(all.length) * 1.6)));
  const width = max > min ? (max - min) / bins : 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => min + i * width);
  const count = (values: number[]) => {
    const c = new Array<number>(bins).fill(0);
    for (const x of values) c[Math.min(bins - 1, Math.floor((x - min) / width))]! += 1;
    return c;
  };
  return { labels: [], edges, countsA: count(a), countsB: count(b) };
}

/**
 * The two charts of the page: every run in schedule order (warm-ups hollow, medians dashed), and
 * the distribution of the counted runs. They are updated in place when a live run changes.
 */
export class ChartsPanel {
  private runs: Chart | null = null;
  private dist: Chart | null = null;
  private metric: Metric = "duration";
  private doc: Comparison | null = null;

  constructor(
    private readonly runsCanvas: HTMLCanvasElement,
    private readonly distCanvas: HTMLCanvasElement,
  ) {
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => this.rebuild());
  }

  setMetric(metric: Metric): void {
    this.metric = metric;
    this.rebuild();
  }

  update(doc: Comparison): void {
    const first = this.doc === null;
    this.doc = doc;
    if (first) this.rebuild();
    else this.refresh();
  }

  private rebuild(): void {
    this.runs?.destroy();
    this.dist?.destroy();
    this.runs = null;
    this.dist = null;
    if (!this.doc) return;
    const t = theme();
    Chart.defaults.font.family = t.font;
    Chart.defaults.color = t.text;
    this.runs = new Chart(this.runsCanvas, { type: "scatter", data: { datasets: [] }, options: this.baseOptions("Run (schedule order)") });
    this.dist = new Chart(this.distCanvas, { type: "bar", data: { labels: [], datasets: [] }, options: this.baseOptions("Runs per bin") });
    this.refresh();
  }

  private baseOptions(xTitle: string) {
    const t = theme();
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      interaction: { mode: "nearest" as const, intersect: false },
      plugins: {
        legend: {
          position: "bottom" as const,
          // Only the sides: warm-ups (hollow) and medians (dashed) are explained in the caption.
          labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, color: t.text, padding: 14, filter: (item: { text: string }) => item.text === "A" || item.text === "B" },
        },
        tooltip: { backgroundColor: t.fg, titleColor: t.surface, bodyColor: t.surface, padding: 10, cornerRadius: 8 },
      },
      scales: {
        x: { title: { display: true, text: xTitle, color: t.text }, grid: { color: t.grid }, border: { color: t.grid }, ticks: { color: t.text } },
        y: { title: { display: true, text: "", color: t.text }, grid: { color: t.grid }, border: { color: t.grid }, ticks: { color: t.text } },
      },
    };
  }

  private refresh(): void {
    const doc = this.doc;
    if (!doc || !this.runs || !this.dist) return;
    const metric = this.metric;
    const [a, b] = doc.codeRuns.map((s) => points(s, metric)) as [ReturnType<typeof points>, ReturnType<typeof points>];
    const all = [...a, ...b].map((p) => p.value);
    const { unit, scale } = axisUnit(metric, all.length ? Math.max(...all) : 0);
    const label = metric === "mem" ? `Peak memory (${unit})` : metric === "cpu" ? `CPU time (${unit})` : `Wall time (${unit})`;

    const scatter = (side: "A" | "B", pts: typeof a): ChartDataset<"scatter">[] => {
      const color = COLORS[side];
      const countedPts = pts.filter((p) => !p.warmup);
      const warm = pts.filter((p) => p.warmup);
      const med = median(countedPts.map((p) => p.value));
      const xs = pts.map((p) => p.index);
      const sets: ChartDataset<"scatter">[] = [
        {
          label: side,
          data: countedPts.map((p) => ({ x: p.index, y: p.value * scale })),
          backgroundColor: alpha(color, 0.85),
          borderColor: color,
          pointRadius: pts.length > 400 ? 2 : 3.5,
          pointHoverRadius: 6,
        },
      ];
      if (warm.length > 0) {
        sets.push({
          label: `${side} warm-up`,
          data: warm.map((p) => ({ x: p.index, y: p.value * scale })),
          backgroundColor: "transparent",
          borderColor: color,
          borderWidth: 1.5,
          pointRadius: 4,
          pointStyle: "circle",
        });
      }
      if (med !== null && xs.length > 0) {
        sets.push({
          type: "line",
          label: `${side} median`,
          data: [
            { x: Math.min(...xs), y: med * scale },
            { x: Math.max(...xs), y: med * scale },
          ],
          borderColor: alpha(color, 0.9),
          borderDash: [6, 5],
          borderWidth: 1.5,
          pointRadius: 0,
          fill: false,
        } as unknown as ChartDataset<"scatter">);
      }
      return sets;
    };
    this.runs.data.datasets = [...scatter("A", a), ...scatter("B", b)];
    const rs = this.runs.options.scales!;
    const lastIndex = Math.max(0, ...[...a, ...b].map((p) => p.index));
    Object.assign(rs.x as object, { min: 0, max: lastIndex + 1, ticks: { ...(rs.x as { ticks: object }).ticks, precision: 0 } });
    (rs.y as { title: { text: string } }).title.text = label;
    this.runs.options.plugins!.tooltip!.callbacks = {
      label: (ctx) => `${ctx.dataset.label}: ${formatValue(metric, (ctx.parsed.y ?? 0) / scale)} (run ${ctx.parsed.x})`,
    };
    this.runs.update();

    const h = histogram(
      a.filter((p) => !p.warmup).map((p) => p.value * scale),
      b.filter((p) => !p.warmup).map((p) => p.value * scale),
    );
    const digits = h.edges.length > 1 && h.edges[1]! - h.edges[0]! < 1 ? 2 : h.edges.length > 1 && h.edges[1]! - h.edges[0]! < 10 ? 1 : 0;
    this.dist.data.labels = h.countsA.map((_, i) => h.edges[i]!.toFixed(digits));
    this.dist.data.datasets = [
      { label: "A", data: h.countsA, backgroundColor: alpha(COLORS.A, 0.75), borderColor: COLORS.A, borderWidth: 1, borderRadius: 3, categoryPercentage: 0.9, barPercentage: 1 },
      { label: "B", data: h.countsB, backgroundColor: alpha(COLORS.B, 0.75), borderColor: COLORS.B, borderWidth: 1, borderRadius: 3, categoryPercentage: 0.9, barPercentage: 1 },
    ];
    const ds = this.dist.options.scales!;
    (ds.x as { title: { text: string } }).title.text = `${label}, bins from`;
    (ds.y as { title: { text: string } }).title.text = "Runs";
    (ds.y as { ticks: { precision: number } }).ticks.precision = 0;
    this.dist.options.plugins!.tooltip!.callbacks = {
      title: (items) => {
        const i = items[0]?.dataIndex ?? 0;
        return `${h.edges[i]!.toFixed(digits)} – ${h.edges[i + 1]!.toFixed(digits)} ${unit}`;
      },
    };
    this.dist.update();
  }
}
