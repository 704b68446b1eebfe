import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import credibility from '../../server/src/rules/data/credibility-doubt.json';
import judgmental from '../../server/src/rules/data/judgmental-language.json';

const CLI = resolve(__dirname, '../../dist/cli.js');
const FIXTURES = 'test/fixtures/cli';

function run(args: string[], input?: string, cwd = resolve(__dirname, '../..')) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first.');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const brief = (json: string) =>
  (JSON.parse(json) as { file: string; diagnostics: { rule: string; line: number; column: number; endLine: number; endColumn: number }[] }[]).map(
    (f) => `${f.file}: ${f.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.rule}`).join(', ')}`,
  );

test('text output reads like a compiler and ends with a summary', () => {
  const { code, out } = run(['lint', `${FIXTURES}/visit.casenote`]);
  assert.equal(code, 0);
  assert.deepEqual(out.trimEnd().split('\n'), [
    `${FIXTURES}/visit.casenote:16:16 warning judgmental-language ${noteOf(judgmental, 'combative')}`,
    `${FIXTURES}/visit.casenote:17:8 warning credibility-doubt ${noteOf(credibility, 'claim')}`,
    '1 note checked: 2 warnings.',
  ]);
});

/** The table's note, which is the whole message when it opens by quoting the phrase. */
const noteOf = (table: { phrase: string; note: string }[], phrase: string) => table.find((e) => e.phrase === phrase)!.note;

test('a folder is searched for .casenote and Casewise Markdown; plain Markdown is skipped', () => {
  const { code, out } = run(['lint', '--format', 'json', FIXTURES]);
  assert.equal(code, 0);
  assert.deepEqual(brief(out), [
    `${FIXTURES}/sub/clean.casenote: `,
    `${FIXTURES}/sub/note.md: 14:8-14:16 credibility-doubt, 14:48-14:55 judgmental-language`,
    `${FIXTURES}/sub/readme.md: `,
    `${FIXTURES}/visit.casenote: 16:16-16:25 judgmental-language, 17:8-17:14 credibility-doubt`,
  ]);
});

test('JSON output follows DESIGN.md §6, with fixes and metrics', () => {
  const [file] = JSON.parse(run(['lint', '--format', 'json', `${FIXTURES}/visit.casenote`]).out);
  const d = file.diagnostics[1];
  assert.deepEqual(Object.keys(d), ['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'fixes']);
  assert.equal(d.fixes[0].edits[0].line, 17);
  assert.equal(d.fixes[0].edits[0].column, 8);
  assert.equal(d.fixes.at(-1).title, 'Ignore this occurrence');
  assert.deepEqual(file.metrics, {
    questions: { open: 1, closed: 0, leading: 0, why: 0, multiple: 0 },
    openQuestionShare: 1,
    interviewerWordShare: 0.71,
    reflections: 1,
  });
});

test('globs are expanded', () => {
  assert.deepEqual(brief(run(['lint', '--format', 'json', `${FIXTURES}/**/*.md`]).out), [
    `${FIXTURES}/sub/note.md: 14:8-14:16 credibility-doubt, 14:48-14:55 judgmental-language`,
    `${FIXTURES}/sub/readme.md: `,
  ]);
});

test('"-" reads a note from standard input', () => {
  const { code, out } = run(['lint', '--format', 'json', '-'], 'The client was combative.\n');
  assert.equal(code, 0);
  assert.deepEqual(brief(out), ['<stdin>: 1:1-1:26 missing-field, 1:16-1:25 judgmental-language']);
});

test('exit codes: 1 for errors or too many warnings, 2 for usage and config problems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewise-cli-'));
  writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'judgmental-language': 'error' } }));
  writeFileSync(join(dir, 'broken.json'), '{ "rules": ');
  assert.equal(run(['lint', `${FIXTURES}/visit.casenote`, '--max-warnings', '1']).code, 1);
  assert.equal(run(['lint', `${FIXTURES}/visit.casenote`, '--max-warnings', '2']).code, 0);
  assert.equal(run(['lint', `${FIXTURES}/visit.casenote`, '--config', join(dir, 'strict.json')]).code, 1);
  const broken = run(['lint', `${FIXTURES}/visit.casenote`, '--config', join(dir, 'broken.json')]);
  assert.equal(broken.code, 2);
  assert.match(broken.err, /broken\.json:1:12 config problem: Casewise could not read this file past this point \(a value was expected\)/);
  writeFileSync(join(dir, 'list.json'), '["lazy"]');
  const list = run(['lint', `${FIXTURES}/visit.casenote`, '--config', join(dir, 'list.json')]);
  assert.equal(list.code, 2);
  assert.match(list.err, /list\.json" cannot be used. This file should hold one JSON object/);
  assert.equal(list.out, '');
  assert.equal(run(['lint', '--format', 'xml', FIXTURES]).code, 2);
  assert.equal(run(['lint', 'no/such/file.casenote']).code, 2);
  assert.equal(run(['frobnicate']).code, 2);
  assert.equal(run(['lint', '--bogus']).code, 2);
});

test('a .casewise.json in the current folder is used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewise-cwd-'));
  writeFileSync(join(dir, '.casewise.json'), JSON.stringify({ rules: { 'missing-field': 'off' }, allow: ['combative'] }));
  writeFileSync(join(dir, 'a.casenote'), 'The client was combative.\n');
  assert.deepEqual(brief(run(['lint', '--format', 'json', 'a.casenote'], undefined, dir).out), ['a.casenote: ']);
});

test('unreadable files are reported per file without stopping the run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewise-bad-'));
  writeFileSync(join(dir, 'binary.casenote'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  writeFileSync(join(dir, 'latin1.casenote'), Buffer.from('Caf\xe9 visit.\n', 'latin1'));
  writeFileSync(join(dir, 'utf16.casenote'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The client was combative.\n', 'utf16le')]));
  const { code, out } = run(['lint', '--format', 'json', dir]);
  assert.equal(code, 1);
  const files = JSON.parse(out) as { file: string; error?: string; diagnostics: { rule: string }[] }[];
  assert.deepEqual(
    files.map((f) => `${f.file.slice(dir.length + 1)}: ${f.error ?? f.diagnostics.map((d) => d.rule).join(',')}`),
    [
      'binary.casenote: looks like a binary file, not a text note; skipped',
      'latin1.casenote: is not UTF-8 text; save it as UTF-8 and try again',
      'utf16.casenote: missing-field,judgmental-language',
    ],
  );
});

test('a note without "recorded:" is judged by the time its file was last changed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewise-late-'));
  const file = join(dir, 'late.casenote');
  const fields = 'format: contact\ndate: 2026-01-05\ntime: 10:00-10:30\nlocation: Phone\nparticipants: R. D. (mother)\nworker: A. Rivera';
  writeFileSync(file, `---\n${fields}\n---\n## Purpose\nRent.\n## Summary\nMother called.\n## Plan\nVisit on 2026-01-12.\n`);
  const saved = new Date(2026, 0, 9, 10, 0);
  utimesSync(file, saved, saved);
  const [result] = JSON.parse(run(['lint', '--format', 'json', file]).out);
  assert.deepEqual(result.diagnostics.map((d: { rule: string; line: number; column: number }) => `${d.line}:${d.column} ${d.rule}`), ['3:7 late-entry']);
  assert.match(result.diagnostics[0].message, /and it was last saved 2026-01-09 10:00, 3 days after the contact on 2026-01-05/);
  assert.deepEqual(result.diagnostics[0].fixes.map((f: { title: string }) => f.title), ['Add "recorded:" with the current time', 'Add a late-entry line']);
});
