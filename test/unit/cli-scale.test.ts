// The command line at scale (issue 8): a folder of 10,000 notes is checked in
// under 300 MB, each unusable file is reported as an error of its own while the
// run goes on, and the exit status follows DESIGN.md §6.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const CLI = resolve(__dirname, '../../dist/cli.js');
const MB = 1024 * 1024;

/**
 * Runs the CLI; `maxRss` is its peak memory in bytes, as the process saw it.
 * With `outFile`, standard output goes to that file (the JSON for 10,000 notes
 * is 500 MB, more than one string can hold).
 */
function run(args: string[], cwd: string, outFile?: string) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first.');
  const report = join(cwd, `rss-${process.hrtime.bigint()}.txt`);
  // process.resourceUsage().maxRSS is in kilobytes, on Linux, macOS and Windows alike.
  const preload = join(cwd, 'measure-rss.cjs');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS * 1024)));\n`);
  const out = outFile ? openSync(outFile, 'w') : 'pipe';
  const r = spawnSync(process.execPath, ['--require', preload, CLI, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', out, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  if (typeof out === 'number') closeSync(out);
  const maxRss = existsSync(report) ? Number(readFileSync(report, 'utf8')) : NaN;
  return { code: r.status, out: r.stdout ?? '', err: r.stderr, maxRss };
}

const SENTENCES = [
  'The client was combative when the worker arrived.',
  'Client claims he paid the rent on time.',
  'Pt hx of SI per the referral.',
  'Worker will call the landlord on 2026-11-24.',
  'She seemed to be tired and recently missed appointments.',
  'Mother reported that the children attend school daily.',
  'Client stated, "I haven\'t slept since Tuesday."',
];

function note(i: number): string {
  const body = Array.from({ length: 20 + (i % 30) }, (_, j) => SENTENCES[(i * 7 + j) % SENTENCES.length]).join(' ');
  return [
    '---',
    'format: home-visit',
    `date: 2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
    'time: 14:00-14:50',
    "location: Client's apartment",
    'participants: J. D. (client); A. Rivera (caseworker)',
    'worker: A. Rivera, MSW',
    'recorded: 2026-11-20 16:10',
    '---',
    `# Home visit ${i}`,
    '## Purpose',
    `Scheduled visit ${i}.`,
    '## Observations',
    body,
    '## Interview',
    'Worker: Tell me about your week.',
    'Client: It was hard.',
    "Worker: You were scared, weren't you?",
    '## Discussion',
    body.slice(0, 300),
    '## Plan',
    `Follow up by phone on 2026-11-24 with (503) 555-0${100 + (i % 800)}.`,
    '',
  ].join('\n');
}

test('10,000 notes: checked in under 300 MB, unusable files reported one by one, and the run goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewise-scale-'));
  const notes = join(dir, 'notes');
  for (let i = 0; i < 10_000; i++) {
    const folder = join(notes, `case-${String(i % 100).padStart(3, '0')}`);
    if (i < 100) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `note-${String(i).padStart(5, '0')}.casenote`), note(i));
  }
  const odd = join(notes, 'odd');
  mkdirSync(odd);
  writeFileSync(join(odd, 'binary.casenote'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(odd, 'latin1.casenote'), Buffer.from('Caf\xe9 visit; the client was combative.\n', 'latin1'));
  writeFileSync(join(odd, 'utf16le.casenote'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Client was lazy 😀.\n', 'utf16le')]));
  writeFileSync(join(odd, 'utf16be.casenote'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Client was lazy 😀.\n', 'utf16le').swap16()]));
  writeFileSync(join(odd, 'utf16-no-bom.casenote'), Buffer.from('Client was lazy.\n', 'utf16le'));
  writeFileSync(join(odd, 'empty.casenote'), '');
  writeFileSync(join(odd, 'too-big.casenote'), Buffer.alloc(11 * MB, 'a'));
  const locked = join(odd, 'locked.casenote');
  writeFileSync(locked, 'Client was lazy.\n');
  chmodSync(locked, 0);
  // As root, permissions do not stop a read; a FIFO named on the command line is the unreadable file then.
  const fifo = join(dir, 'pipe.casenote');
  let fifoMade = false;
  try {
    execFileSync('mkfifo', [fifo]);
    fifoMade = true;
  } catch {
    // No mkfifo (Windows): the other files still show the point.
  }

  const started = Date.now();
  // Text output (the JSON for these notes is 500 MB): a line per finding, a line per file that could not be read.
  const output = join(dir, 'out.txt');
  const { code, err, maxRss } = run(['lint', 'notes', ...(fifoMade ? ['pipe.casenote'] : [])], dir, output);
  const seconds = (Date.now() - started) / 1000;
  assert.equal(code, 1, err);
  assert.ok(maxRss < 300 * MB, `peak memory ${(maxRss / MB).toFixed(0)} MB`);
  const errors = new Map<string, string>();
  const flagged = new Set<string>();
  let summary = '';
  for await (const line of createInterface({ input: createReadStream(output) })) {
    const error = /^(.*?): error (.*)$/.exec(line);
    if (error) errors.set(error[1].replace(/^notes\/odd\//, ''), error[2]);
    const finding = /^(notes\/case-[^:]*):\d+:\d+ warning judgmental-language /.exec(line);
    if (finding) flagged.add(finding[1]);
    summary = line;
  }
  const unread = 4 + (process.getuid?.() !== 0 ? 1 : 0) + (fifoMade ? 1 : 0);
  assert.match(summary, new RegExp(`^${10_000 + 8 + (fifoMade ? 1 : 0)} notes checked: .*\\. ${unread} notes could not be read\\.$`));
  assert.equal(flagged.size, 10_000, 'every ordinary note was checked');
  const expected: [string, string][] = [
    ['binary.casenote', 'looks like a binary file, not a text note; skipped'],
    ['latin1.casenote', 'is not UTF-8 text; save it as UTF-8 and try again'],
    ['too-big.casenote', 'is larger than 10 MB, which is too big for a note; skipped'],
    ['utf16-no-bom.casenote', 'looks like UTF-16 text without a byte-order mark; save it as UTF-8 and try again'],
  ];
  if (process.getuid?.() !== 0) expected.push(['locked.casenote', 'could not be read (EACCES)']);
  if (fifoMade) expected.push(['pipe.casenote', 'is not a regular file; skipped']);
  assert.deepEqual([...errors].sort(), expected.sort());

  // UTF-16 with a byte-order mark is read, and columns count UTF-16 code units (DESIGN.md §6).
  const readable = JSON.parse(run(['lint', '--format', 'json', 'notes/odd/utf16le.casenote', 'notes/odd/utf16be.casenote', 'notes/odd/empty.casenote'], dir).out) as { file: string; diagnostics: { rule: string; line: number; column: number; endColumn: number }[] }[];
  assert.deepEqual(
    readable.map((r) => `${r.file}: ${r.diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.rule}`).join(', ')}`),
    // "Client was lazy 😀." is 19 UTF-16 code units: the emoji counts 2.
    ['notes/odd/empty.casenote: 1:1-1 missing-field', 'notes/odd/utf16be.casenote: 1:1-20 missing-field, 1:12-16 judgmental-language', 'notes/odd/utf16le.casenote: 1:1-20 missing-field, 1:12-16 judgmental-language'],
  );
  process.stdout.write(`# 10,000 notes: ${seconds.toFixed(1)} s, peak ${(maxRss / MB).toFixed(0)} MB\n`);
});

test('exit status (DESIGN.md §6): 0 clean, 1 for errors or unreadable files or too many warnings, 2 for usage and config problems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewise-exit-'));
  writeFileSync(join(dir, '.casewise.json'), JSON.stringify({ rules: { 'missing-field': 'off' } }));
  writeFileSync(join(dir, 'clean.casenote'), 'The client attended.\n');
  writeFileSync(join(dir, 'warn.casenote'), 'The client was lazy.\n');
  writeFileSync(join(dir, 'binary.casenote'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(dir, 'bad.json'), '{ "rules": { "jargn": "off" } }');
  assert.equal(run(['lint', 'clean.casenote'], dir).code, 0);
  assert.equal(run(['lint', 'warn.casenote'], dir).code, 0);
  assert.equal(run(['lint', 'warn.casenote', '--max-warnings', '0'], dir).code, 1);
  const unreadable = run(['lint', 'clean.casenote', 'binary.casenote'], dir);
  assert.equal(unreadable.code, 1);
  assert.match(unreadable.out, /binary\.casenote: error looks like a binary file/);
  assert.match(unreadable.out, /2 notes checked: no problems found\. 1 note could not be read\.\n$/);
  const config = run(['lint', 'clean.casenote', '--config', 'bad.json'], dir);
  assert.equal(config.code, 2);
  assert.match(config.err, /bad\.json:1:14 config problem: "rules\.jargn" is not a Casewise rule, so it is left out\. Did you mean "jargon"\?/);
  assert.equal(run(['lint', '--format', 'yaml', 'clean.casenote'], dir).code, 2);
  assert.equal(run(['lint', 'missing.casenote'], dir).code, 2);
});
