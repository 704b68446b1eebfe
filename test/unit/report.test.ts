// `casewise report`, from the built CLI: the page's figures agree with
// `casewise lint --format json`, nothing from the notes that identifies anyone
// reaches it, and it loads nothing from anywhere.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../server/src/rules';
import { generateCaseload, WORKERS } from '../helpers/caseload';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const NOTES = 'test/fixtures/report';

function run(args: string[], cwd = ROOT) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first.');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonFile {
  file: string;
  diagnostics: { rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number }[];
}

/** Writes the report to a temp file and reads it back. */
function report(args: string[], cwd = ROOT) {
  const out = join(mkdtempSync(join(tmpdir(), 'casewise-report-')), 'report.html');
  const r = run(['report', ...args, '--out', out], cwd);
  return { html: existsSync(out) ? readFileSync(out, 'utf8') : '', out, code: r.code, err: r.err };
}

// The page is this program's own markup, so its figures are read from the data attributes it writes beside them.
const attr = (html: string, tag: RegExp, name: string) => [...html.matchAll(tag)].map((m) => new RegExp(`${name}="([^"]*)"`).exec(m[0])![1]);
const stat = (html: string, key: string) => new RegExp(`data-stat="${key}"><div class="value">([^<]*)<`).exec(html)![1];
const ruleBars = (html: string) => Object.fromEntries([...html.matchAll(/<g class="row [^"]*" data-rule="([^"]+)" data-count="(\d+)">/g)].map((m) => [m[1], Number(m[2])]));
const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');

function lintJson(paths: string[], cwd = ROOT): JsonFile[] {
  return JSON.parse(run(['lint', '--format', 'json', ...paths], cwd).out);
}

test('the report counts what lint finds: notes, findings, rules, severities and principles', () => {
  const json = lintJson([NOTES]);
  const { html, code } = report([NOTES]);
  assert.equal(code, 0);
  const all = json.flatMap((f) => f.diagnostics);
  assert.equal(stat(html, 'notes'), String(json.length));
  assert.equal(stat(html, 'findings'), String(all.length));
  const byRule: Record<string, number> = {};
  for (const d of all) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
  assert.deepEqual(ruleBars(html), byRule);
  for (const s of ['warning', 'information']) assert.match(html, new RegExp(`data-severity="${s}" data-count="${all.filter((d) => d.severity === s).length}"`));
  for (const p of new Set(RULES.map((r) => r.principle))) {
    const count = all.filter((d) => RULES.find((r) => r.id === d.rule)!.principle === p).length;
    assert.match(html, new RegExp(`data-principle="${p.replace(/[()]/g, '\\$&')}" data-count="${count}"`), p);
  }
  // The notes with the most findings, most first, each with its count.
  const top = [...html.matchAll(/<tr data-path="([^"]+)" data-findings="(\d+)">/g)].map((m) => `${m[1]} ${m[2]}`);
  const expected = json
    .filter((f) => f.diagnostics.length)
    .sort((a, b) => b.diagnostics.length - a.diagnostics.length || a.file.localeCompare(b.file))
    .map((f) => `${f.file.replace('10482', '[redacted case number]')} ${f.diagnostics.length}`);
  assert.deepEqual(top, expected);
});

test('late entries and incomplete records, as a table', () => {
  const { html } = report([NOTES]);
  const cells = (row: string) => [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].slice(1).map((c) => text(c[1]).replace(/\s+/g, ' ').trim());
  const rows = [...html.matchAll(/<tr data-path="([^"]+)"><td>[\s\S]*?<\/tr>/g)].map((m) => `${m[1].replace(/^test\/fixtures\/report\//, '')}: ${cells(m[0]).join(' ')}`);
  assert.deepEqual(rows, [
    'rivera/school-visit.casenote: 3 days · not marked – – 1 –',
    'rivera/case-[redacted case number]-phone.casenote: 4 days · marked, with reason – 1 – 1',
    'chen/follow-up.casenote: – 2 1 – –',
    'chen/intake.casenote: – – 3 – –',
    'no-worker.casenote: – 1 1 – –',
  ]);
  assert.equal(stat(html, 'late'), '2');
  assert.equal(stat(html, 'incomplete'), '5');
});

test('the open-question share of each interview, as a chart', () => {
  const { html } = report([NOTES]);
  // Questions end in "?": school-visit asks 0 open of 3, home-visit-1 1 of 2, intake 2 of 2.
  assert.deepEqual(attr(html, /<g class="bin [^"]*" data-bin="\d+" data-count="\d+">/g, 'data-count').map(Number), [1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  assert.equal(stat(html, 'open-share'), '50%');
  assert.match(html, /median 50%/);
});

test('--by worker groups the notes by their worker field', () => {
  const { html } = report([NOTES, '--by', 'worker']);
  const json = lintJson([NOTES]);
  const workerOf = (file: string) => /^worker: (.*)$/m.exec(readFileSync(join(ROOT, file), 'utf8'))?.[1] ?? '';
  const expected = new Map<string, { notes: number; findings: number }>();
  for (const f of json) {
    const g = expected.get(workerOf(f.file)) ?? { notes: 0, findings: 0 };
    g.notes++;
    g.findings += f.diagnostics.length;
    expected.set(workerOf(f.file), g);
  }
  const rows = [...html.matchAll(/<tr data-worker="([^"]*)" data-notes="(\d+)" data-findings="(\d+)">/g)].map((m) => `${m[1] || '(none)'}: ${m[2]} notes, ${m[3]} findings`);
  assert.deepEqual(rows, [...expected].sort((a, b) => (a[0] === '' ? 1 : b[0] === '' ? -1 : a[0].localeCompare(b[0]))).map(([w, g]) => `${w || '(none)'}: ${g.notes} notes, ${g.findings} findings`));
  assert.match(html, /<th scope="row">\(no worker recorded\)/);
  // Without --by worker, no worker's name is shown.
  assert.doesNotMatch(report([NOTES]).html, /Rivera|Chen/);
});

test('links go to the note, at the line of its first finding, relative to the report', () => {
  const { html, out } = report([NOTES]);
  const links = [...html.matchAll(/<a class="note" href="([^"]+)">([^<]+)<span class="at">:(\d+)<\/span><\/a>/g)];
  assert.ok(links.length >= 4);
  for (const [, href, path, line] of links) {
    assert.equal(resolve(dirname(out), decodeURIComponent(href)), resolve(ROOT, path));
    const first = lintJson([path]).flatMap((f) => f.diagnostics).map((d) => d.line);
    assert.ok(first.includes(Number(line)), `${path}:${line}`);
  }
  // A path that had to be masked is shown without a link, which would carry the number.
  assert.match(html, /<span class="note">test\/fixtures\/report\/rivera\/case-\[redacted case number\]-phone\.casenote/);
});

/** Every identifier the fixtures hold, and every name of a person other than the workers. */
const FIXTURE_SECRETS = ['10482', '(503) 555-0142', '555-0142', '123-45-6789', '98765432A', 'marcus.b@example.org', 'Rosa', 'Diaz', 'Marcus', 'Tia'];

test('no identifier and no flagged text from the notes reaches the report', () => {
  const { html } = report([NOTES, '--by', 'worker']);
  for (const secret of FIXTURE_SECRETS) assert.ok(!html.includes(secret), `"${secret}" is in the report`);
  // Rule names and counts, not the flagged words or the messages.
  for (const flagged of ['combative', 'claims', 'lazy', 'always forgets', 'Pt c/o', 'seems fine', 'TODO', 'paid the rent']) assert.ok(!html.toLowerCase().includes(flagged.toLowerCase()), flagged);
  assert.doesNotMatch(html, /Identifiers belong in the secure client record/);
});

test('--include-text shows the flagged words, with identifiers and names still masked', () => {
  const { html } = report([NOTES, '--include-text']);
  assert.match(html, /data-include-text="true"/);
  assert.match(html, /“combative”/);
  assert.match(html, /<span class="rule-id">identifier<\/span> “\[redacted\]”/);
  for (const secret of FIXTURE_SECRETS) assert.ok(!html.includes(secret), `"${secret}" is in the report`);
});

test('the page is self-contained: inline styles, inline SVG, nothing to load, no script', () => {
  const { html } = report([NOTES]);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+'; script-src 'none';/);
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|\bsrc=|url\(|@import|@font-face/i);
  assert.deepEqual([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((h) => /^[a-z]+:/i.test(h)), []);
  assert.equal((html.match(/<svg class="chart/g) ?? []).length, 2);
});

test('usage problems exit with 2', () => {
  assert.equal(run(['report', NOTES, '--by', 'client']).code, 2);
  assert.equal(run(['report', NOTES, '--top', '0']).code, 2);
  assert.equal(run(['report', '-']).code, 2);
  assert.equal(run(['report', 'no/such/folder']).code, 2);
  assert.match(run(['report', '--help']).out, /Usage: casewise report PATHS…/);
});

test('500 generated notes: the figures add up, and no identifier leaks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewise-caseload-'));
  const { files, identifiers } = generateCaseload(dir, 500);
  const started = Date.now();
  const { html, code } = report(['.', '--by', 'worker', '--include-text'], dir);
  const ms = Date.now() - started;
  console.log(`casewise report on 500 generated notes: ${ms} ms (${(ms / 500).toFixed(1)} ms a note)`);
  assert.equal(code, 0);
  assert.equal(stat(html, 'notes'), '500');
  const json = lintJson(['.'], dir);
  assert.equal(json.length, files.length);
  const all = json.flatMap((f) => f.diagnostics);
  assert.equal(stat(html, 'findings'), all.length.toLocaleString('en-US'));
  assert.equal(Object.values(ruleBars(html)).reduce((a, b) => a + b, 0), all.length);
  const workers = [...html.matchAll(/<tr data-worker="([^"]*)" data-notes="(\d+)"/g)];
  assert.deepEqual(workers.map((m) => m[1]).filter(Boolean), WORKERS.map((w) => w.name).sort());
  assert.equal(workers.reduce((a, m) => a + Number(m[2]), 0), 500);
  // Only SSNs, phone numbers and emails: a bare five-digit case number could be a count on the page.
  const leaked = identifiers.filter((id) => id.length >= 7 && html.includes(id));
  assert.deepEqual(leaked, []);
  for (const m of html.matchAll(/case-(\d{5})\.casenote/g)) assert.fail(`a case number in a path: ${m[0]}`);
});
