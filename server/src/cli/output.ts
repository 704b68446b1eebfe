// The lint command's output, written a file at a time: 10,000 notes' findings
// never sit in memory together (issue 8: under 300 MB), and a long run shows
// its progress. SARIF is one document, so it alone is gathered and written at the end.
import { writeSync } from 'node:fs';
import { formatSarif } from './sarif';
import type { FileResult } from './lint';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** Where each file's result goes, and the totals the exit status comes from. */
export interface LintOutput {
  add(result: FileResult): void;
  /** Writes what is left (the summary line, the closing bracket, the SARIF log). */
  finish(): void;
  readonly errors: number;
  readonly warnings: number;
}

/** Writes to standard output at once and in full (a pipe or file is never left with a buffered backlog). */
function writeOut(text: string): void {
  const buffer = Buffer.from(text);
  for (let at = 0; at < buffer.length; ) {
    try {
      at += writeSync(1, buffer, at);
    } catch (e) {
      // A pipe whose reader is slow: wait for it rather than drop output.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

export function createOutput(format: 'text' | 'json' | 'sarif', options: { color: boolean; cwd: string; version: string; write?: (text: string) => void }): LintOutput {
  const write = options.write ?? writeOut;
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let files = 0;
  let failed = 0;
  const gathered: FileResult[] = [];
  const paint = (c: keyof typeof COLORS, s: string) => (options.color ? `${COLORS[c]}${s}${COLORS.reset}` : s);

  return {
    get errors() {
      return counts.error + failed;
    },
    get warnings() {
      return counts.warning;
    },
    add(r) {
      files++;
      if (r.error) failed++;
      for (const d of r.diagnostics) counts[d.severity]++;
      if (format === 'sarif') {
        gathered.push(r);
      } else if (format === 'json') {
        const { file, diagnostics, metrics, error } = r;
        const entry = JSON.stringify(error ? { file, error, diagnostics, metrics } : { file, diagnostics, metrics }, null, 2).replace(/^/gm, '  ');
        write(`${files === 1 ? '[\n' : ',\n'}${entry}`);
      } else {
        const lines: string[] = [];
        if (r.error) lines.push(`${r.file}: ${paint('error', 'error')} ${r.error}`);
        for (const d of r.diagnostics) lines.push(`${r.file}:${d.line}:${d.column} ${paint(d.severity, d.severity)} ${paint('dim', d.rule)} ${d.message}`);
        if (lines.length) write(lines.join('\n') + '\n');
      }
    },
    finish() {
      if (format === 'sarif') return write(formatSarif(gathered, options.cwd, options.version));
      if (format === 'json') return write(files === 0 ? '[]\n' : '\n]\n');
      const total = counts.error + counts.warning + counts.information + counts.hint;
      const notes = files === 1 ? '1 note' : `${files} notes`;
      const unread = failed === 0 ? '' : ` ${failed === 1 ? '1 note' : `${failed} notes`} could not be read.`;
      if (total === 0) return write(`${notes} checked: no problems found.${unread}\n`);
      const parts = (['error', 'warning', 'information', 'hint'] as const)
        .filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s === 'information' ? 'information' : s + (counts[s] === 1 ? '' : 's')}`);
      write(`${notes} checked: ${parts.join(', ')}.${unread}\n`);
    },
  };
}
