import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import kinds from '../../server/src/rules/data/identifier-kinds.json';
import { redactNote } from '../../server/src/redact';
import { settingsWith } from '../helpers';
import { IDENTIFIER_ROWS, noteOfEveryRow } from '../helpers/identifiers';

const CLI = resolve(__dirname, '../../dist/cli.js');
const settings = settingsWith();
const REDACT_AS = new Map(kinds.map((k) => [k.kind, k.redactAs]));

const NOTE = [
  '---',
  'format: home-visit',
  'client: J. D. (case 10482)',
  'date: 2026-11-20',
  'time: 14:00-14:50',
  'location: 1432 Maple Ave, Apt 3B',
  'participants: J. D. (client); Rosa Diaz (mother); A. Rivera (caseworker)',
  'worker: A. Rivera, MSW',
  '---',
  '# Home visit',
  'J. D. stated, "My mom\'s cell is (503) 555-0142." Ms. Diaz agreed.',
  "Diaz's SSN 123-45-6789 is on file. Rosa said A. Rivera could call.",
  '',
].join('\n');

test('every identifier is redacted; names are kept unless asked', () => {
  const { text, identifiers, names } = redactNote(NOTE, settings);
  assert.equal(
    text,
    NOTE.replace('10482', '[redacted case number]')
      .replace('1432 Maple Ave, Apt 3B', '"[redacted address]"')
      .replace('(503) 555-0142', '[redacted phone]')
      .replace('123-45-6789', '[redacted SSN]'),
  );
  assert.deepEqual([identifiers, names], [4, 0]);
});

test('--names initials shortens every mention of a participant to initials', () => {
  assert.equal(
    redactNote(NOTE, settings, { names: 'initials' }).text.split('\n').slice(6, 12).join('\n'),
    [
      'participants: J. D. (client); R. D. (mother); A. R. (caseworker)',
      'worker: A. R., MSW',
      '---',
      '# Home visit',
      'J. D. stated, "My mom\'s cell is [redacted phone]." Ms. D. agreed.',
      "D.'s SSN [redacted SSN] is on file. R. said A. R. could call.",
    ].join('\n'),
  );
});

test('--names roles writes each participant\'s role: "J. D. (client)" becomes "the client"', () => {
  assert.equal(
    redactNote(NOTE, settings, { names: 'roles' }).text.split('\n').slice(2, 12).join('\n'),
    [
      'client: the client (case [redacted case number])',
      'date: 2026-11-20',
      'time: 14:00-14:50',
      'location: "[redacted address]"',
      'participants: the client; the mother; the caseworker',
      'worker: the caseworker, MSW',
      '---',
      '# Home visit',
      'The client stated, "My mom\'s cell is [redacted phone]." The mother agreed.',
      "The mother's SSN [redacted SSN] is on file. The mother said the caseworker could call.",
    ].join('\n'),
  );
});

test('redaction changes each fixture line exactly at its identifier, and clean lines not at all', () => {
  for (const row of IDENTIFIER_ROWS) {
    const text = `# Note\n\n${row.line}\n`;
    const expected = row.kind === 'none' ? text : text.replace(row.value, REDACT_AS.get(row.kind)!);
    assert.equal(redactNote(text, settings).text, expected, row.line);
  }
});

test('privacy: the redacted fixture contains none of its identifiers', () => {
  const redacted = redactNote(noteOfEveryRow(), settings, { names: 'roles' }).text;
  for (const row of IDENTIFIER_ROWS.filter((r) => r.kind !== 'none')) {
    assert.ok(!redacted.includes(row.value), `"${row.value}" is still in the redacted copy`);
    const digits = row.value.replace(/\D/g, '');
    if (digits.length >= 7) assert.ok(!redacted.replace(/\D/g, ' ').split(/\s+/).includes(digits), `the digits of "${row.value}" are still there`);
  }
  assert.ok(!/Rivera/.test(redacted));
});

test('identifiers.allow values stay; identifiers.kinds does not narrow a redacted copy', () => {
  const text = 'Agency line (503) 555-0100; SSN 123-45-6789.\n';
  const custom = settingsWith({ 'identifiers.allow': ['503-555-0100'], 'identifiers.kinds': ['phone'] });
  assert.equal(redactNote(text, custom).text, 'Agency line (503) 555-0100; SSN [redacted SSN].\n');
});

// --- the command line (run `npm run build` first) ---

function run(args: string[], cwd: string, input?: string) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first.');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casewise-redact-'));
  mkdirSync(join(dir, 'notes', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'notes', 'visit.casenote'), NOTE);
  writeFileSync(join(dir, 'notes', 'sub', 'call.md'), '---\nformat: contact\n---\nCalled 312-555-0178 about the SSN 123-45-6789.\n');
  writeFileSync(join(dir, 'notes', 'sub', 'readme.md'), '# Not a note\nCall 312-555-0178.\n');
  return dir;
}

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

test('casewise redact writes copies under --out with the same relative paths and leaves the originals alone', () => {
  const dir = workspace();
  const before = readFileSync(join(dir, 'notes', 'visit.casenote'), 'utf8');
  const r = run(['redact', 'notes', '--out', 'shared', '--names', 'roles'], dir);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.out.trimEnd().split('\n'), [
    'notes/sub/call.md → shared/notes/sub/call.md: 2 identifiers redacted, 0 names replaced',
    'notes/visit.casenote → shared/notes/visit.casenote: 4 identifiers redacted, 10 names replaced',
  ]);
  // A folder gives the notes Casewise would check: plain Markdown is left out.
  assert.deepEqual(files(join(dir, 'shared')), ['notes/sub/call.md', 'notes/visit.casenote']);
  assert.equal(readFileSync(join(dir, 'shared', 'notes', 'visit.casenote'), 'utf8'), redactNote(NOTE, settings, { names: 'roles' }).text);
  assert.equal(readFileSync(join(dir, 'shared', 'notes', 'sub', 'call.md'), 'utf8'), '---\nformat: contact\n---\nCalled [redacted phone] about the SSN [redacted SSN].\n');
  assert.equal(readFileSync(join(dir, 'notes', 'visit.casenote'), 'utf8'), before);
});

test('casewise redact refuses to write over a note, and over existing copies unless --force', () => {
  const dir = workspace();
  const original = readFileSync(join(dir, 'notes', 'visit.casenote'), 'utf8');
  const over = run(['redact', 'notes/visit.casenote', '--out', '.'], dir);
  assert.equal(over.code, 2);
  assert.match(over.err, /would be written over a note being redacted/);
  assert.equal(run(['redact', 'visit.casenote', '--force', '--out', '.'], join(dir, 'notes')).code, 2);
  assert.equal(run(['redact', 'notes/visit.casenote'], dir).code, 2, '--out is required');
  assert.equal(readFileSync(join(dir, 'notes', 'visit.casenote'), 'utf8'), original);

  assert.equal(run(['redact', 'notes', '--out', 'shared'], dir).code, 0);
  writeFileSync(join(dir, 'shared', 'notes', 'visit.casenote'), 'edited by hand');
  const again = run(['redact', 'notes', '--out', 'shared'], dir);
  assert.equal(again.code, 2);
  assert.match(again.err, /2 copies already exist: shared\/notes\/sub\/call\.md, shared\/notes\/visit\.casenote\. Add --force to replace them\./);
  assert.equal(readFileSync(join(dir, 'shared', 'notes', 'visit.casenote'), 'utf8'), 'edited by hand', 'nothing is written when it refuses');
  assert.equal(run(['redact', 'notes', '--out', 'shared', '--force'], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'shared', 'notes', 'visit.casenote'), 'utf8'), redactNote(NOTE, settings).text);
  // Copies already inside --out are not redacted again when it lies within the folder being redacted.
  assert.equal(run(['redact', '.', '--out', 'shared', '--force'], dir).code, 0);
  assert.ok(!existsSync(join(dir, 'shared', 'shared')));
});

test('casewise redact - reads standard input and writes standard output; bad arguments exit 2', () => {
  const dir = workspace();
  assert.deepEqual(run(['redact', '-'], dir, 'SSN 123-45-6789, cell (503) 555-0142.\n'), { code: 0, out: 'SSN [redacted SSN], cell [redacted phone].\n', err: '' });
  assert.equal(run(['redact', 'notes', '--out', 'x', '--names', 'nicknames'], dir).code, 2);
  assert.equal(run(['redact', '--out', 'x'], dir).code, 2);
  assert.equal(run(['redact', 'no/such.casenote', '--out', 'x'], dir).code, 2);
});
