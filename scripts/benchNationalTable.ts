// The national benchmark's table: each call's time, its baseline (minimal SQL or a blank page) and
// ratio, against the targets of #13. Figures only: a missed target is marked, never a failure.
export interface ResultRow {
  label: string;
  /** Median milliseconds. */
  app: number;
  baseline?: number;
  baselineLabel?: string;
  ratio?: number;
  targetMs?: number;
  /** Largest allowed app ÷ baseline. */
  targetRatio?: number;
  note?: string;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);

export function printTable(rows: readonly ResultRow[], log: (line: string) => void): void {
  const header = ['call', 'app', 'baseline', 'ratio', 'target', 'met'];
  const lines = rows.map((r) => {
    const targets = [r.targetMs !== undefined ? `≤ ${ms(r.targetMs)}` : null, r.targetRatio !== undefined ? `≤ ${r.targetRatio}×` : null].filter(Boolean).join(', ');
    const met = (r.targetMs === undefined || r.app <= r.targetMs) && (r.targetRatio === undefined || (r.ratio ?? Infinity) <= r.targetRatio);
    return [
      r.label,
      ms(r.app),
      r.baseline !== undefined ? `${ms(r.baseline)} (${r.baselineLabel})` : '—',
      r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '—',
      targets || '—',
      targets ? (met ? 'yes' : 'NO') : '',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  log('');
  log(row(header));
  log(row(widths.map((w) => '-'.repeat(w))));
  for (const l of lines) log(row(l));
  for (const r of rows.filter((x) => x.note)) log(`${r.label}: ${r.note}`);
}
