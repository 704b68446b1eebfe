// The labelled identifier fixture (test/fixtures/identifiers.tsv), shared by the evaluation and the privacy tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface IdentifierRow {
  /** ssn, phone, …, or "none" for a line without identifiers. */
  kind: string;
  /** The identifier, exactly as it appears in `line`; empty for "none". */
  value: string;
  line: string;
}

export const IDENTIFIER_ROWS: IdentifierRow[] = readFileSync(resolve(__dirname, '../fixtures/identifiers.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [kind, value, line] = l.split('\t');
    return { kind, value, line };
  });

/** One note holding every fixture line, identifiers and clean lines alike, as a worker might write them. */
export function noteOfEveryRow(): string {
  return [
    '---',
    'format: contact',
    'date: 2026-11-20',
    'time: 14:00-14:50',
    'location: Office',
    'participants: J. D. (client); A. Rivera (caseworker)',
    'worker: A. Rivera, MSW',
    '---',
    '# Contact',
    '',
    ...IDENTIFIER_ROWS.map((r) => r.line + '\n'),
  ].join('\n');
}
