import { ChartsPanel } from "./charts";
import { counted, hasMetric, progress, summaryOf } from "./data";
import { h, ICONS, svgIcon } from "./dom";
import { formatDate, formatKiB, formatMs, formatNearOne, formatP, formatPercent, formatRatio, formatValue } from "./format";
import { highlight, languageOf } from "./highlight";
import { METRICS, type CodeRun, type Comparison, type Metric, type SideName } from "./types";

const SIDES: SideName[] = ["A", "B"];

// The desktop app's link names this backend's host: "fastercodes://run/ID" would be looked up on
// whatever backend the app is configured for, which is not necessarily this one.
export function desktopLink(runId: string): string {
  return `fastercodes://${location.host}/?runId=${encodeURIComponent(runId)}`;
}

export function setState(state: "loading" | "loaded" | "live" | "not-found" | "deleted" | "expired" | "error" | "landing"): void {
  document.body.dataset.state = state;
}

function chip(side: SideName): HTMLElement {
  return h("span", { class: `chip chip-${side.toLowerCase()}`, "aria-label": `side ${side}` }, side);
}

function languageLabel(side: CodeRun): string {
  return side.languageName ?? side.lang;
}

function titleOf(doc: Comparison): string {
  if (doc.title && doc.title.trim() !== "") return doc.title;
  const [a, b] = doc.codeRuns;
  return `${languageLabel(a)} vs ${languageLabel(b)}`;
}

/** The verdict in words: the document's own, or one derived from its numbers. */
function isNum(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

function verdictText(doc: Comparison): string {
  if (doc.status === "RUNNING") return doc.verdict?.kind === "running" || !doc.verdict ? "Running…" : doc.verdict.text;
  if (doc.verdict?.text) return doc.verdict.text;
  if (doc.status === "FAILED") return "The comparison failed.";
  const a = summaryOf(doc.codeRuns[0], "duration").median;
  const b = summaryOf(doc.codeRuns[1], "duration").median;
  if (!a || !b) return "Not enough data for a verdict.";
  return a > b ? `B took ${formatRatio(a / b)} less time (median; no test recorded)` : `A took ${formatRatio(b / a)} less time (median; no test recorded)`;
}

function verdictTone(doc: Comparison): string {
  if (doc.status === "RUNNING") return "running";
  if (doc.status === "FAILED" || doc.verdict?.kind === "failed") return "failed";
  if (doc.verdict?.kind === "faster" && doc.verdict.faster) return doc.verdict.faster.toLowerCase();
  return "neutral";
}

// --- Sections -------------------------------------------------------------------------------------

function hero(doc: Comparison, live: boolean): HTMLElement {
  const { done } = progress(doc);
  const status =
    doc.status === "RUNNING"
      ? h("span", { class: "badge badge-live" }, h("span", { class: "pulse" }), live ? "Live" : "Running")
      : doc.status === "FAILED"
        ? h("span", { class: "badge badge-failed" }, "Failed")
        : h("span", { class: "badge badge-ok" }, svgIcon(ICONS.check), "Finished");
  const when = doc.finishTime ?? doc.startTime;
  const copy = h("button", { class: "btn", type: "button", id: "copy-link" }, svgIcon(ICONS.link), h("span", {}, "Copy link"));
  copy.addEventListener("click", async () => {
    const label = copy.querySelector("span")!;
    try {
      await navigator.clipboard.writeText(`${location.origin}/?runId=${doc.runId}`);
      label.textContent = "Copied";
    } catch {
      label.textContent = "Copy failed";
    }
    setTimeout(() => (label.textContent = "Copy link"), 1600);
  });
  return h(
    "section",
    { class: "hero" },
    h(
      "div",
      { class: "hero-text" },
      h(
        "div",
        { class: "eyebrow" },
        status,
        h("span", {}, doc.status === "RUNNING" ? `Started ${formatDate(doc.startTime)}` : formatDate(when)),
        h("span", { class: "dot" }, "·"),
        h("span", {}, `${done} run${done === 1 ? "" : "s"} per side`),
        h("span", { class: "dot" }, "·"),
        h("span", {}, "id ", h("code", {}, doc.runId)),
      ),
      h("h1", { id: "title" }, titleOf(doc)),
    ),
    h(
      "div",
      { class: "actions" },
      h(
        "a",
        { class: "btn btn-primary", href: desktopLink(doc.runId), id: "open-desktop", title: "Opens this comparison in faster.codes desktop, read-only" },
        svgIcon(ICONS.desktop),
        "Open in the desktop app",
      ),
      copy,
      h("a", { class: "btn btn-ghost", href: `/api/runs/${doc.runId}`, title: "The comparison as JSON (fastercodes.comparison/1)" }, svgIcon(ICONS.data), "JSON"),
    ),
  );
}

function medianBars(doc: Comparison): HTMLElement | null {
  const medians = doc.codeRuns.map((s) => summaryOf(s, "duration").median ?? null);
  if (medians.some((m) => m === null || m === undefined)) return null;
  const max = Math.max(...(medians as number[]));
  return h(
    "div",
    { class: "bars", role: "img", "aria-label": `Median wall time: A ${formatMs(medians[0]!)}, B ${formatMs(medians[1]!)}` },
    h("div", { class: "bars-title" }, "Median wall time"),
    SIDES.map((side, i) => {
      const bar = h("div", { class: `bar bar-${side.toLowerCase()}` });
      bar.style.width = `${Math.max(2, (medians[i]! / max) * 100)}%`;
      return h(
        "div",
        { class: "bar-row" },
        chip(side),
        h("div", { class: "bar-track" }, bar),
        h("span", { class: "bar-value" }, formatMs(medians[i]!)),
      );
    }),
  );
}

// Measurement health beside the verdict: what was found (warnings) before what could not be checked (notes).
function healthList(doc: Comparison): HTMLElement | null {
  if (doc.status === "RUNNING") return null;
  const warnings = (doc.health?.warnings ?? []).filter((w) => typeof w?.message === "string");
  if (!warnings.length) return null;
  const ordered = [...warnings.filter((w) => w.severity !== "note"), ...warnings.filter((w) => w.severity === "note")];
  return h(
    "ul",
    { class: "verdict-health", "aria-label": "Measurement health" },
    ordered.map((w) => h("li", { class: w.severity === "note" ? "health-note" : "health-warning", "data-kind": w.kind }, w.severity === "note" ? `Note: ${w.message}` : `⚠ ${w.message}`)),
  );
}

function verdictCard(doc: Comparison): HTMLElement {
  const tone = verdictTone(doc);
  const v = doc.verdict;
  const details: (string | HTMLElement)[] = [];
  if (doc.status === "RUNNING") {
    const { done, planned } = progress(doc);
    details.push(planned ? `${done} of ${planned} runs per side so far. The page updates by itself.` : `${done} runs per side so far. The page updates by itself.`);
  } else if (v?.kind === "faster" && v.factor) {
    const n = Math.min(...doc.codeRuns.map((s) => summaryOf(s, "duration").n));
    const ci = v.factorCiLow && v.factorCiHigh ? `95% CI ${formatRatio(v.factorCiLow)} – ${formatRatio(v.factorCiHigh)}, ` : "";
    // The app's own verdict text usually carries the interval and the p-value already.
    const numbers = v.text.includes("CI") ? "" : ` (${ci}${formatP(v.pValue)}, Mann–Whitney U)`;
    details.push(`By median wall time over ${n} counted runs per side, run interleaved${numbers}.`);
    if (v.thresholdPercent !== undefined && v.thresholdPercent > 0) {
      details.push(` The whole interval lies beyond the ±${formatPercent(v.thresholdPercent)} threshold.`);
    }
  } else if (v?.kind === "no-meaningful-difference") {
    // The difference is real to the test, but the interval reaches within ±T: not worth choosing a side for.
    const t = v.thresholdPercent !== undefined ? `±${formatPercent(v.thresholdPercent)}` : "the threshold";
    const ci = isNum(v.ratioCiLow) && isNum(v.ratioCiHigh) ? ` (95% CI ${formatNearOne(v.ratioCiLow)} – ${formatNearOne(v.ratioCiHigh)}, ${formatP(v.pValue)})` : "";
    const ratio = isNum(v.ratio) ? `B/A = ${formatNearOne(v.ratio)}${ci}. ` : "";
    details.push(`${ratio}The sides differ, but not shown to by more than ${t}: “faster” needs the whole interval beyond ${t}.`);
  } else if (v?.kind === "no-difference" || v?.kind === "no-significant-difference") {
    details.push(`The measured difference is within the noise (${formatP(v.pValue)}). That is an answer, not a failure.`);
  } else if (v?.kind === "not-enough-runs") {
    details.push("A test of the difference needs at least 4 counted runs per side.");
  }
  const errors = doc.codeRuns.flatMap((s, i) => (s.error ? [`${SIDES[i]}: ${s.error.message}`] : []));
  const progressBar = (() => {
    if (doc.status !== "RUNNING") return null;
    const { done, planned } = progress(doc);
    if (!planned) return null;
    const fill = h("div", { class: "progress-fill" });
    fill.style.width = `${Math.min(100, (done / planned) * 100)}%`;
    return h("div", { class: "progress", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": planned, "aria-valuenow": done }, fill);
  })();
  return h(
    "section",
    { class: `verdict verdict-${tone}`, "aria-label": "Verdict" },
    h(
      "div",
      { class: "verdict-main" },
      h("div", { class: "verdict-label" }, doc.status === "RUNNING" ? "In progress" : "Verdict"),
      h("p", { class: "verdict-text", id: "verdict" }, verdictText(doc)),
      details.length ? h("p", { class: "verdict-sub" }, ...details) : null,
      progressBar,
      errors.length ? h("ul", { class: "verdict-errors" }, errors.map((e) => h("li", {}, e))) : null,
      healthList(doc),
    ),
    medianBars(doc),
  );
}

function codeCard(side: CodeRun, name: SideName): HTMLElement {
  const lines = side.code.replace(/\n$/, "").split("\n").length;
  const code = h("code", { class: `hljs language-${languageOf(side.lang) ?? "plaintext"}` });
  // highlight.js escapes the source; its output is the only HTML this page inserts.
  code.innerHTML = highlight(side.code, side.lang);
  const meta = [side.toolchain, side.flags?.length ? side.flags.join(" ") : null].filter(Boolean).join("  ·  ");
  return h(
    "article",
    { class: `code-card side-${name.toLowerCase()}`, "aria-label": `Code ${name}` },
    h(
      "header",
      {},
      chip(name),
      h("span", { class: "code-lang" }, languageLabel(side)),
      meta ? h("span", { class: "code-meta", title: meta }, meta) : null,
    ),
    h(
      "div",
      { class: "code-scroll" },
      h("pre", { class: "gutter", "aria-hidden": "true" }, Array.from({ length: lines }, (_, i) => String(i + 1)).join("\n")),
      h("pre", { class: "source" }, code),
    ),
    side.error ? h("div", { class: "code-error" }, h("strong", {}, `${side.error.kind}: `), side.error.message) : null,
  );
}

function statsTable(doc: Comparison): HTMLElement {
  const rows: HTMLElement[] = [];
  for (const m of METRICS) {
    if (!hasMetric(doc, m.key)) continue;
    const [a, b] = doc.codeRuns.map((s) => summaryOf(s, m.key));
    const cmp = doc.comparison?.[m.key];
    const f = (v: number | null | undefined) => formatValue(m.key, v);
    const ci = (lo?: number | null, hi?: number | null) => (lo != null && hi != null ? h("span", { class: "ci" }, `${f(lo)} – ${f(hi)}`) : null);
    const ratio = cmp?.ratio ?? (a!.median && b!.median ? b!.median / a!.median : null);
    rows.push(h("tr", { class: "group" }, h("th", { colspan: 4, scope: "rowgroup" }, m.label)));
    const row = (label: string, va: (string | HTMLElement | null)[], vb: (string | HTMLElement | null)[], vr: (string | HTMLElement | null)[] = []) =>
      rows.push(h("tr", {}, h("th", { scope: "row" }, label), h("td", {}, ...va), h("td", {}, ...vb), h("td", { class: "ratio" }, ...vr)));
    row(
      "Median (95% CI)",
      [h("strong", {}, f(a!.median)), ci(a!.medianCiLow, a!.medianCiHigh)],
      [h("strong", {}, f(b!.median)), ci(b!.medianCiLow, b!.medianCiHigh)],
      [h("strong", {}, formatRatio(ratio)), cmp?.ratioCiLow != null && cmp?.ratioCiHigh != null ? h("span", { class: "ci" }, `${formatRatio(cmp.ratioCiLow)} – ${formatRatio(cmp.ratioCiHigh)}`) : null],
    );
    row("Mean ± SD", [`${f(a!.mean)} ± ${f(a!.stddev)}`], [`${f(b!.mean)} ± ${f(b!.stddev)}`], cmp?.pValue != null ? [formatP(cmp.pValue)] : []);
    row("MAD", [f(a!.mad)], [f(b!.mad)]);
    row("Min – max", [`${f(a!.min)} – ${f(a!.max)}`], [`${f(b!.min)} – ${f(b!.max)}`]);
    row("p5 – p95", [`${f(a!.p5)} – ${f(a!.p95)}`], [`${f(b!.p5)} – ${f(b!.p95)}`]);
    const runs = (s: typeof a) => `${s!.n}${s!.outliers?.length ? ` (${s!.outliers.length} outlier${s!.outliers.length === 1 ? "" : "s"} flagged)` : ""}`;
    row("Counted runs", [runs(a)], [runs(b)]);
  }
  return h(
    "section",
    { class: "card" },
    h("div", { class: "card-head" }, h("h2", {}, "Statistics"), h("span", { class: "hint" }, "B / A below 1× means B needed less")),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "stats" },
        h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, chip("A")), h("th", {}, chip("B")), h("th", { class: "ratio" }, "B / A"))),
        h("tbody", {}, rows),
      ),
    ),
  );
}

function environmentCard(doc: Comparison): HTMLElement {
  const e = doc.environment ?? {};
  const p = doc.plan ?? {};
  const items: [string, string | null | undefined][] = [
    ["CPU", e.cpuModel ? `${e.cpuModel}${e.cores ? `, ${e.cores} cores` : ""}` : null],
    ["Memory", e.memoryTotalKiB ? formatKiB(e.memoryTotalKiB) : null],
    ["System", [e.os, e.kernel ? `kernel ${e.kernel}` : null, e.arch].filter(Boolean).join(", ") || null],
    ["Machine", e.hostname],
    ["App", e.appVersion ? `faster.codes desktop ${e.appVersion}${e.qtVersion ? ` (Qt ${e.qtVersion})` : ""}` : null],
    [
      "Plan",
      p.mode
        ? [
            p.mode === "adaptive" ? `adaptive, ${p.minRuns ?? "?"}–${p.maxRuns ?? "?"} runs, target ±${p.targetCiPercent ?? "?"}%` : `${p.runs ?? "?"} runs per side`,
            p.warmup != null ? `${p.warmup} warm-up` : null,
            "interleaved",
            p.timeoutS ? `timeout ${p.timeoutS} s` : null,
          ]
            .filter(Boolean)
            .join(", ")
        : null,
    ],
    ["Sandbox", doc.sandboxed === undefined ? null : doc.sandboxed ? "yes (no network, read-only system)" : "no"],
    ["Outputs", doc.outputsMatch === undefined || doc.outputsMatch === null ? null : doc.outputsMatch ? "both sides printed the same" : "the sides printed different output"],
  ];
  const sideRows = SIDES.map((name, i) => {
    const s = doc.codeRuns[i]!;
    const compile = s.compile?.durationMs != null ? `compiled in ${formatMs(s.compile.durationMs)}` : null;
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, chip(name)),
      h("td", {}, s.toolchain ?? languageLabel(s)),
      h("td", {}, h("code", {}, [...(s.flags ?? []), ...(s.args?.length ? ["--", ...s.args] : [])].join(" ") || "–")),
      h("td", {}, compile ?? "–"),
    );
  });
  return h(
    "section",
    { class: "card" },
    h("div", { class: "card-head" }, h("h2", {}, "Environment"), h("span", { class: "hint" }, "measured on the uploader's machine")),
    h("dl", { class: "kv" }, items.filter(([, v]) => v).map(([k, v]) => [h("dt", {}, k), h("dd", {}, v!)])),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "toolchains" },
        h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, "Toolchain"), h("th", {}, "Flags and arguments"), h("th", {}, "Compile"))),
        h("tbody", {}, sideRows),
      ),
    ),
  );
}

function outputsCard(doc: Comparison): HTMLElement | null {
  const any = doc.codeRuns.some((s) => s.output?.stdout || s.output?.stderr);
  if (!any) return null;
  return h(
    "section",
    { class: "card" },
    h("details", {}, h("summary", {}, h("h2", {}, "Program output"), h("span", { class: "hint" }, "first (verification) run")),
      h("div", { class: "outputs" }, SIDES.map((name, i) => {
        const o = doc.codeRuns[i]!.output ?? {};
        return h("div", {}, h("div", { class: "output-head" }, chip(name), " stdout"), h("pre", { class: "output" }, o.stdout || "(empty)"),
          o.stderr ? [h("div", { class: "output-head" }, chip(name), " stderr"), h("pre", { class: "output" }, o.stderr)] : null);
      })),
    ),
  );
}

// --- The page -------------------------------------------------------------------------------------

/** The view of one comparison; `show` may be called again with newer versions of it (live). */
export class RunView {
  private charts: ChartsPanel | null = null;
  private codeKey = "";
  private readonly heroSlot = h("div");
  private readonly verdictSlot = h("div");
  private readonly codeSlot = h("section", { class: "code-grid", "aria-label": "Code" });
  private readonly chartsSection: HTMLElement;
  private readonly restSlot = h("div", { class: "stack" });
  private metric: Metric = "duration";
  live = false;

  constructor(private readonly root: HTMLElement) {
    const runsCanvas = h("canvas", { id: "chart-runs", role: "img", "aria-label": "Every run in schedule order" });
    const distCanvas = h("canvas", { id: "chart-dist", role: "img", "aria-label": "Distribution of the counted runs" });
    const tabs = h("div", { class: "tabs", role: "tablist", "aria-label": "Metric" });
    for (const m of METRICS) {
      const tab = h("button", { class: "tab", type: "button", role: "tab", "data-metric": m.key, "aria-selected": m.key === this.metric ? "true" : "false" }, m.label);
      tab.addEventListener("click", () => {
        this.metric = m.key;
        tabs.querySelectorAll(".tab").forEach((t) => t.setAttribute("aria-selected", String(t === tab)));
        this.charts?.setMetric(m.key);
      });
      tabs.append(tab);
    }
    this.chartsSection = h(
      "section",
      { class: "card", "aria-label": "Charts" },
      h("div", { class: "card-head" }, h("h2", {}, "Runs"), tabs),
      h(
        "div",
        { class: "chart-grid" },
        h("figure", {}, h("figcaption", {}, "Every run, in the interleaved order it ran · hollow: warm-up (not counted) · dashed: median"), h("div", { class: "chart-box" }, runsCanvas)),
        h("figure", {}, h("figcaption", {}, "Distribution of the counted runs"), h("div", { class: "chart-box" }, distCanvas)),
      ),
    );
    this.charts = new ChartsPanel(runsCanvas, distCanvas);
  }

  show(doc: Comparison): void {
    if (!this.root.contains(this.chartsSection)) {
      this.root.replaceChildren(this.heroSlot, this.verdictSlot, this.codeSlot, this.chartsSection, this.restSlot);
    }
    document.title = `${titleOf(doc)} — faster.codes`;
    this.heroSlot.replaceChildren(hero(doc, this.live));
    this.verdictSlot.replaceChildren(verdictCard(doc));
    const key = doc.codeRuns.map((s) => `${s.lang}\0${s.code}\0${s.error?.message ?? ""}`).join("\0\0");
    if (key !== this.codeKey) {
      this.codeKey = key;
      this.codeSlot.replaceChildren(...doc.codeRuns.map((s, i) => codeCard(s, SIDES[i]!)));
    }
    const hasRuns = doc.codeRuns.some((s) => counted(s, "duration").length > 0 || (s.runs?.length ?? 0) > 0);
    this.chartsSection.hidden = !hasRuns;
    for (const m of METRICS) {
      const tab = this.chartsSection.querySelector<HTMLElement>(`[data-metric="${m.key}"]`);
      if (tab) tab.hidden = !hasMetric(doc, m.key);
    }
    if (hasRuns) this.charts?.update(doc);
    this.restSlot.replaceChildren(...[statsTable(doc), environmentCard(doc), outputsCard(doc)].filter((x): x is HTMLElement => x !== null));
  }
}

export function message(root: HTMLElement, kind: "not-found" | "deleted" | "expired" | "error" | "landing" | "loading", detail?: string): void {
  const content: Record<typeof kind, [string, string]> = {
    loading: ["Loading the comparison…", ""],
    "not-found": ["No such comparison", `There is no comparison with the id “${detail ?? ""}”. It may have been deleted by its owner, or the link may be mistyped.`],
    deleted: ["This comparison was deleted", "Its owner deleted it while you were watching."],
    expired: ["This live comparison expired", "It got no new runs for a long time and was never finished, so the server removed it."],
    error: ["The comparison could not be loaded", detail ?? "Check your connection and reload the page."],
    landing: ["faster.codes permalinks", "Open a link such as /?runId=abc123 to see a comparison of two pieces of code: which is faster, by how much, and how sure the measurement is. Comparisons are made and shared with faster.codes desktop."],
  };
  const [title, text] = content[kind];
  root.replaceChildren(
    h(
      "section",
      { class: `message message-${kind}`, role: kind === "error" ? "alert" : "status" },
      kind === "loading" ? h("div", { class: "spinner", "aria-hidden": "true" }) : null,
      h("h1", {}, title),
      text ? h("p", {}, text) : null,
      kind === "error" ? h("button", { class: "btn", type: "button", onclick: null, id: "retry" }, "Try again") : null,
    ),
  );
  root.querySelector("#retry")?.addEventListener("click", () => location.reload());
}
