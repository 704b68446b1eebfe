import type { FileResult } from './lint';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** Compiler-style lines, `file:line:col severity rule-id message`, coloured only for a terminal. */
export function formatText(results: readonly FileResult[], color: boolean): string {
  const paint = (c: keyof typeof COLORS, s: string) => (color ? `${COLORS[c]}${s}${COLORS.reset}` : s);
  const out: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    if (r.error) out.push(`${r.file}: ${paint('error', 'error')} ${r.error}`);
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      out.push(`${r.file}:${d.line}:${d.column} ${paint(d.severity, d.severity)} ${paint('dim', d.rule)} ${d.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const files = results.length === 1 ? '1 note' : `${results.length} notes`;
  if (total === 0) out.push(`${files} checked: no problems found.`);
  else {
    const parts = (['error', 'warning', 'information', 'hint'] as const)
      .filter((s) => counts[s] > 0)
      .map((s) => `${counts[s]} ${s === 'information' ? 'information' : s + (counts[s] === 1 ? '' : 's')}`);
    out.push(`${files} checked: ${parts.join(', ')}.`);
  }
  return out.join('\n') + '\n';
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map(({ file, diagnostics, metrics, error }) => (error ? { file, error, diagnostics, metrics } : { file, diagnostics, metrics })), null, 2) + '\n';
}
