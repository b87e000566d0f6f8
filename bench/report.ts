/** One measured figure, the shape `--json` prints one per line. */
export interface Result {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  /** The same metric measured in the same run on the baseline system; null when unavailable. */
  baseline: number | null;
  /** value / baseline, or null without a baseline. */
  ratio: number | null;
  /** What the figure should reach, e.g. "<= 6000 ms"; null when there is no target. */
  goal: string | null;
}

/** What a scenario hands back: its figures plus notes a reader needs to interpret them. */
export interface ScenarioReport {
  scenario: string;
  /** One line saying what `value` and `baseline` are in this scenario. */
  legend: string;
  results: Result[];
  notes: string[];
}

export function result(
  scenario: string,
  metric: string,
  unit: string,
  value: number,
  baseline: number | null,
  goal: string | null = null,
): Result {
  // Figures are rounded once here so the table and the JSON never disagree.
  const decimals = unit === 'rows/s' ? 0 : 2;
  const v = round(value, decimals);
  const b = baseline === null ? null : round(baseline, decimals);
  const ratio = b === null || b === 0 ? null : round(v / b, 3);
  return { scenario, metric, value: v, unit, baseline: b, ratio, goal };
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

export function formatJson(results: readonly Result[]): string {
  return results.map((r) => JSON.stringify(r)).join('\n');
}

export function formatTable(report: ScenarioReport): string {
  const header = ['metric', 'value', 'baseline', 'ratio', 'goal'];
  const rows = report.results.map((r) => [
    r.metric,
    `${num(r.value)} ${r.unit}`,
    r.baseline === null ? '—' : `${num(r.baseline)} ${r.unit}`,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.goal === null ? '' : `${r.goal} ${meets(r) ? 'ok' : 'MISSED'}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  // Text left-aligned, figures right-aligned, as in any printed table.
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `== ${report.scenario} ==  ${report.legend}`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...report.notes.map((n) => `note: ${n}`),
  ];
  return out.join('\n');
}

function num(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Goals are written "<= N unit" or ">= N unit". */
function meets(r: Result): boolean {
  const m = /^(<=|>=)\s*([\d.]+)/.exec(r.goal ?? '');
  if (!m) return true;
  const target = Number(m[2]);
  return m[1] === '<=' ? r.value <= target : r.value >= target;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile: the smallest sample at or above p% of all samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
